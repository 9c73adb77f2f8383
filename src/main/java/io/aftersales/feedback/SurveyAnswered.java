package io.aftersales.feedback;

import io.aftersales.shared.security.TenantEvent;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The customer answered a survey through its link. */
public record SurveyAnswered(
        UUID organizationId,
        UUID followUpId,
        UUID storeId,
        @Nullable UUID workOrderId,
        UUID customerId,
        @Nullable Integer score,
        @Nullable Integer nps,
        Instant answeredAt)
        implements TenantEvent {}
