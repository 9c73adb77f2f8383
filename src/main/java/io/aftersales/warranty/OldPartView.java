package io.aftersales.warranty;

import io.aftersales.inventory.MovementId;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderLineId;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An old part with its tag and where it is, traceable to its claim, the work order line it came off and the ledger
 * row that issued the part that replaced it.
 */
public record OldPartView(
        OldPartId id,
        String tag,
        StoreId storeId,
        WarrantyClaimId claimId,
        String claimNumber,
        WorkOrderId workOrderId,
        WorkOrderLineId workOrderLineId,
        @Nullable PartId partId,
        @Nullable String partNumber,
        String description,
        BigDecimal quantity,
        @Nullable MovementId issueMovementId,
        OldPartStatus status,
        @Nullable String bin,
        @Nullable String shipment,
        @Nullable String scrapReason,
        Instant taggedAt,
        @Nullable Instant storedAt,
        @Nullable Instant shippedAt,
        long version) {}
