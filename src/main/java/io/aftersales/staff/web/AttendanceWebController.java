package io.aftersales.staff.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.StoreId;
import io.aftersales.staff.Attendance;
import java.time.Clock;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 考勤与出差: a store's month per person (a person's own on a phone), this month unless asked. */
@Controller
class AttendanceWebController {

    private final Attendance attendance;
    private final OrganizationManagement organization;
    private final Clock clock;

    AttendanceWebController(Attendance attendance, OrganizationManagement organization, Clock clock) {
        this.attendance = attendance;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/staff/attendance")
    String page(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable YearMonth month,
            Model model) {
        StoreId store = organization.storeOrDefault(storeId);
        YearMonth shown = month != null ? month : YearMonth.now(clock.withZone(organization.zoneOf(store)));
        model.addAttribute("storeId", store);
        model.addAttribute("month", shown);
        model.addAttribute("stores", organization.visibleStores());
        model.addAttribute("rows", attendance.month(store, shown));
        return "staff/attendance";
    }
}
