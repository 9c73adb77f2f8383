package io.aftersales.reporting.web;

import io.aftersales.reporting.MorningMeeting;
import io.aftersales.reporting.MorningSheet;
import io.aftersales.shared.StoreId;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MorningRestController {

    private final MorningMeeting meeting;
    private final ReportDefaults defaults;

    MorningRestController(MorningMeeting meeting, ReportDefaults defaults) {
        this.meeting = meeting;
        this.defaults = defaults;
    }

    @Operation(
            summary = "A store's morning meeting sheet (晨会), for managers and finance",
            description = "Yesterday's figures against the day's share of the month's target and the month so far;"
                    + " open jobs promised for today or late; follow-ups due today or overdue; complaints not closed."
                    + " storeId: the current or first store the user sees when left out.")
    @GetMapping("/api/v1/reports/morning")
    MorningSheet sheet(@RequestParam(required = false) @Nullable StoreId storeId) {
        return meeting.sheet(defaults.store(storeId));
    }
}
