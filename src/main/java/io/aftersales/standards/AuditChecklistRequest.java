package io.aftersales.standards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A checklist as written: its name, its area and its items in order (at most 50). */
public record AuditChecklistRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull AuditArea area,
        @NotEmpty @Size(max = 50) List<@Valid AuditItem> items,
        boolean active) {}
