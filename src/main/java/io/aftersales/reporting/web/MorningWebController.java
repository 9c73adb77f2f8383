package io.aftersales.reporting.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.reporting.MorningMeeting;
import io.aftersales.reporting.MorningSheet;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.web.MoneyFormat;
import io.aftersales.shared.web.PdfDocuments;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.context.Context;

/** 晨会: the store's morning sheet as a page, and as an A4 PDF in Chinese to print for the meeting. */
@Controller
class MorningWebController {

    private final MorningMeeting meeting;
    private final ReportDefaults defaults;
    private final OrganizationManagement organization;
    private final PdfDocuments pdf;
    private final MoneyFormat money;

    MorningWebController(
            MorningMeeting meeting,
            ReportDefaults defaults,
            OrganizationManagement organization,
            PdfDocuments pdf,
            MoneyFormat money) {
        this.meeting = meeting;
        this.defaults = defaults;
        this.organization = organization;
        this.pdf = pdf;
        this.money = money;
    }

    @GetMapping("/reports/morning")
    String sheet(@RequestParam(required = false) @Nullable StoreId storeId, Model model) {
        MorningSheet sheet = meeting.sheet(defaults.store(storeId));
        model.addAttribute("sheet", sheet);
        model.addAttribute("zone", organization.zoneOf(sheet.storeId()));
        model.addAttribute("stores", defaults.visibleStores());
        model.addAttribute("money", money);
        return "reporting/morning";
    }

    @GetMapping("/reports/morning.pdf")
    ResponseEntity<byte[]> print(@RequestParam(required = false) @Nullable StoreId storeId) {
        MorningSheet sheet = meeting.sheet(defaults.store(storeId));
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("sheet", sheet);
        context.setVariable("zone", organization.zoneOf(sheet.storeId()));
        context.setVariable("money", money);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"morning-" + sheet.today() + ".pdf\"")
                .body(pdf.render("reporting/morning-pdf", context));
    }
}
