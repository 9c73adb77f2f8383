package io.aftersales.reporting;

import io.aftersales.shared.UserId;
import io.aftersales.workorder.WorkOrderId;
import java.math.BigDecimal;
import java.time.Instant;

/** A delivered job behind a cost the work orders give, with its amount in that cost centre. */
public record CostedJob(
        WorkOrderId id, String number, UserId advisorId, String advisorName, Instant deliveredAt, BigDecimal amount) {}
