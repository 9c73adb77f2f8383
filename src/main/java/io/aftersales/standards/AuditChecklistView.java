package io.aftersales.standards;

import java.util.List;

public record AuditChecklistView(
        ChecklistId id, String name, AuditArea area, List<AuditItem> items, boolean active, long version) {}
