package io.aftersales.workorder;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the lane reads of the parts store while a work order is open, implemented by the inventory module. The
 * dependency points from inventory to work orders (inventory also listens to the work-order events that reserve,
 * release and issue stock), so work orders ask through this interface rather than through inventory's facades.
 */
public interface WorkshopStock {

    /** A catalogue part as an estimate line describes it. */
    record CataloguePart(UUID id, String number, boolean genuine) {}

    Optional<CataloguePart> part(UUID partId);

    /** The stock state of each catalogue part line of a work order ({@code ACTIVE}, {@code BACK_ORDERED}, …). */
    Map<UUID, String> lineStates(UUID workOrderId);

    /** The store's tools of a category, as checklist items ("asset tag name"), for an on-site job's kit. */
    List<String> toolKit(UUID storeId, String category);
}
