package io.aftersales.customer;

import io.aftersales.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * How many active customers one advisor has as their own (一对一服务).
 *
 * @param advisorId null for the customers without an advisor
 * @param name the advisor's display name; null for the customers without one
 * @param available whether the advisor is an active service advisor who can take customers (one who left or lost
 *     the role keeps their customers until they are handed over)
 */
public record AdvisorLoad(
        @Nullable UserId advisorId, @Nullable String name, boolean available, long customers) {}
