package io.aftersales.workorder;

import io.aftersales.shared.PartId;
import java.math.BigDecimal;

/**
 * A catalogue part a delivered job used (its lines not declined, every pay type), for the parts demand: how many in
 * all, with the number and description of its first line.
 */
public record PartUse(PartId partId, String partNumber, String description, BigDecimal quantity) {}
