package io.aftersales.workorder;

import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the lane reads of the parts store while a work order is open, implemented by the inventory module. The
 * dependency points from inventory to work orders (inventory also listens to the work-order events that reserve,
 * release and issue stock), so work orders ask through this interface rather than through inventory's facades.
 */
public interface WorkshopStock {

    /** A catalogue part as an estimate line describes it. */
    record CataloguePart(PartId id, String number, boolean genuine) {}

    Optional<CataloguePart> part(PartId partId);

    /** The stock state of each catalogue part line of a work order ({@code ACTIVE}, {@code BACK_ORDERED}, …). */
    Map<WorkOrderLineId, String> lineStates(WorkOrderId workOrderId);

    /** The store's tools of a category, as checklist items ("asset tag name"), for an on-site job's kit. */
    List<String> toolKit(StoreId storeId, String category);
}
