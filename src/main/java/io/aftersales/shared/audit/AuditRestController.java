package io.aftersales.shared.audit;

import io.aftersales.shared.PagedResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Audit trail", description = "Who changed what, when and from which store.")
@RestController
@RequestMapping("/api/v1/audit-events")
class AuditRestController {

    private final AuditTrail auditTrail;

    AuditRestController(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @GetMapping
    PagedResult<AuditEntry> list(
            @RequestParam(required = false) @Nullable String entityType,
            @RequestParam(required = false) @Nullable String entityId,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return auditTrail.search(entityType, entityId, actor, page, size);
    }
}
