package io.aftersales.feedback;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.TenantEvent;
import io.aftersales.workorder.WorkOrderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The customer answered a survey through its link. */
public record SurveyAnswered(
        OrganizationId organizationId,
        FollowUpId followUpId,
        StoreId storeId,
        @Nullable WorkOrderId workOrderId,
        CustomerId customerId,
        @Nullable Integer score,
        @Nullable Integer nps,
        Instant answeredAt)
        implements TenantEvent {}
