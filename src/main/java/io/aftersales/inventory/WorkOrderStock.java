package io.aftersales.inventory;

import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderLineId;
import io.aftersales.workorder.WorkshopStock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What the service lane reads of the parts store: catalogue parts, the stock state of part lines, a tool kit. */
@Component
class WorkOrderStock implements WorkshopStock {

    private static final int KIT_SIZE = 200;

    private final PartCatalogue parts;
    private final StockManagement stock;
    private final ToolManagement tools;

    WorkOrderStock(PartCatalogue parts, StockManagement stock, ToolManagement tools) {
        this.parts = parts;
        this.stock = stock;
        this.tools = tools;
    }

    @Override
    public Optional<CataloguePart> part(PartId partId) {
        try {
            PartView part = parts.get(partId);
            return Optional.of(new CataloguePart(part.id(), part.number(), part.genuine()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public Map<WorkOrderLineId, String> lineStates(WorkOrderId workOrderId) {
        Map<WorkOrderLineId, String> states = new HashMap<>();
        for (ReservationView reservation : stock.reservationsOf(workOrderId)) {
            if (reservation.lineId() != null) {
                states.put(reservation.lineId(), reservation.status().name());
            }
        }
        return states;
    }

    @Override
    public List<String> toolKit(StoreId storeId, String category) {
        return tools.search(storeId, null, false, 0, KIT_SIZE).items().stream()
                .filter(tool -> category.equals(tool.category()))
                .map(tool -> tool.assetTag() + " " + tool.name())
                .toList();
    }
}
