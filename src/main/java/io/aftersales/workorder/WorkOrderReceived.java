package io.aftersales.workorder;

import io.aftersales.shared.security.TenantEvent;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A vehicle or piece of equipment was received and its work order opened (a car counted: 台次). */
public record WorkOrderReceived(
        UUID organizationId,
        UUID workOrderId,
        String number,
        UUID storeId,
        UUID customerId,
        UUID assetId,
        ServiceType serviceType,
        UUID advisorId,
        @Nullable UUID comebackOf,
        Instant receivedAt)
        implements TenantEvent {}
