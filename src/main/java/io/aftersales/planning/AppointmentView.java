package io.aftersales.planning;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.WorkOrderId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** An appointment as shown; {@code workOrderId} is the job it was received as. */
public record AppointmentView(
        AppointmentId id,
        StoreId storeId,
        CustomerId customerId,
        String customerName,
        AssetId assetId,
        String assetLabel,
        ServiceType serviceType,
        LocalDate day,
        LocalTime time,
        @Nullable String note,
        BookingChannel channel,
        AppointmentStatus status,
        @Nullable WorkOrderId workOrderId,
        @Nullable String cancelReason,
        String bookedBy,
        Instant createdAt,
        long version) {}
