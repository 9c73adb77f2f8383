package io.aftersales.shared.audit;

import io.aftersales.shared.web.NavItem;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditWebController {

    private final AuditTrail auditTrail;

    AuditWebController(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
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

    @Bean
    static NavItem auditNavItem() {
        return new NavItem("nav.audit", "/admin/audit", "≡", 90, Set.of("ROLE_ADMIN"));
    }
}
