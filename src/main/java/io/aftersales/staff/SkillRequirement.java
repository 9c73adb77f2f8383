package io.aftersales.staff;

import io.aftersales.workorder.ServiceType;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The skill a kind of job requires of its lead technician; null: none. */
public record SkillRequirement(
        @NotNull ServiceType serviceType, @Nullable Skill skill) {}
