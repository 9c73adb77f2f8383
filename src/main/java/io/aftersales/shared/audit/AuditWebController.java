package io.aftersales.shared.audit;

import io.aftersales.shared.Labels;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.web.NavItem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
class AuditWebController {

    private final AuditTrail auditTrail;
    private final Labels labels;

    AuditWebController(AuditTrail auditTrail, Labels labels) {
        this.auditTrail = auditTrail;
        this.labels = labels;
    }

    /** The whole page, or just the result table when htmx asks for it (filters, paging). */
    @GetMapping("/admin/audit")
    String list(
            @RequestParam(required = false) @Nullable String entityType,
            @RequestParam(required = false) @Nullable String entityId,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        model.addAttribute("result", auditTrail.search(entityType, entityId, actor, page, 50));
        model.addAttribute("entityType", entityType);
        model.addAttribute("entityId", entityId);
        model.addAttribute("actor", actor);
        return htmx != null ? "shared/audit :: results" : "shared/audit";
    }

    @GetMapping("/admin/audit/export")
    @ResponseBody
    void export(
            @RequestParam(required = false) @Nullable String entityType,
            @RequestParam(required = false) @Nullable String entityId,
            @RequestParam(required = false) @Nullable String actor,
            HttpServletResponse response)
            throws IOException {
        List<List<?>> rows =
                PagedResult.allPages(page -> auditTrail.search(entityType, entityId, actor, page, Paging.MAX_SIZE))
                        .stream()
                        .<List<?>>map(e -> Arrays.asList(
                                e.occurredAt().toString(),
                                e.actorName(),
                                e.action(),
                                e.entityType(),
                                e.entityId(),
                                e.detail()))
                        .toList();
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=audit.xlsx");
        Spreadsheets.writeXlsx(
                response.getOutputStream(),
                labels.text("audit.title"),
                labels.texts(
                        "audit.when",
                        "audit.actor",
                        "audit.action",
                        "audit.entityType",
                        "audit.entityId",
                        "audit.detail"),
                rows);
    }

    @Bean
    static NavItem auditNavItem() {
        return new NavItem("nav.audit", "/admin/audit", "≡", 90, Set.of("ROLE_ADMIN")).inGroup(NavItem.ADMIN);
    }
}
