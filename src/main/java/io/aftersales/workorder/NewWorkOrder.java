package io.aftersales.workorder;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the service advisor records at reception.
 *
 * @param complaint the customer's own words (客户陈述)
 * @param fuelLevel fuel or battery level in percent
 * @param comebackOf the original work order when the advisor knows this is a comeback; otherwise it is detected
 * @param advisorId the job's advisor, a service advisor of the store; without one, the customer's own advisor when
 *     they work at the store (一对一服务), otherwise who receives it
 */
public record NewWorkOrder(
        @NotNull StoreId storeId,
        @NotNull CustomerId customerId,
        @NotNull AssetId assetId,
        @NotNull ServiceType serviceType,
        @NotBlank @Size(max = 2000) String complaint,
        @Nullable @PositiveOrZero Integer mileage,
        @Nullable @PositiveOrZero @Max(100) Integer fuelLevel,
        @Nullable @Size(max = 1000) String damage,
        @Nullable @Size(max = 1000) String itemsLeft,
        @Nullable Instant promisedAt,
        @Nullable WorkOrderId comebackOf,
        @Nullable UserId advisorId) {}
