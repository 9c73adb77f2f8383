package io.aftersales.warranty;

import io.aftersales.shared.StoreId;
import io.aftersales.workorder.WorkOrderId;
import java.math.BigDecimal;
import java.time.Instant;

/** A delivered work order with WARRANTY lines and no claim yet (待索赔). */
public record ClaimableJob(
        WorkOrderId workOrderId,
        String number,
        StoreId storeId,
        String assetLabel,
        String customerName,
        BigDecimal warrantyAmount,
        Instant deliveredAt) {}
