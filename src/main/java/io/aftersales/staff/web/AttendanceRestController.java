package io.aftersales.staff.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.web.XlsxDownload;
import io.aftersales.staff.Attendance;
import io.aftersales.staff.AttendanceRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Attendance", description = "考勤 and trip days per person and month.")
class AttendanceRestController {

    private final Attendance attendance;
    private final OrganizationManagement organization;

    AttendanceRestController(Attendance attendance, OrganizationManagement organization) {
        this.attendance = attendance;
        this.organization = organization;
    }

    @Operation(
            summary = "A store's month: days clocked on jobs, hours, jobs led, trip days",
            description = "Managers and finance see the store's people with any of them; anyone else their own row."
                    + " Trip days come from approved expense claims, counted within the month.")
    @GetMapping("/api/v1/attendance")
    List<AttendanceRow> month(
            @RequestParam(required = false) @Nullable StoreId storeId, @RequestParam YearMonth month) {
        return attendance.month(organization.storeOrDefault(storeId), month);
    }

    @GetMapping(path = "/api/v1/attendance/export", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable StoreId storeId, @RequestParam YearMonth month) {
        StoreId store = organization.storeOrDefault(storeId);
        return XlsxDownload.of("attendance-" + month + ".xlsx", out -> attendance.export(store, month, out));
    }
}
