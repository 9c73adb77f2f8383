package io.aftersales.reporting;

import io.aftersales.inventory.PurchaseOrderView;
import io.aftersales.inventory.Purchasing;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.reporting.domain.PartDemandStore;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demand of a store's most used parts (配件需求预测): their monthly use by the delivered jobs, forecast like the
 * other figures with its backtested error, and the purchase it suggests, which the parts desk can turn into a draft
 * purchase order.
 */
@Service
public class PartDemand {

    /** Months of forecast use an order covers: the next month, and half a month for delivery and safety. */
    static final BigDecimal COVER = new BigDecimal("1.5");

    private final PartDemandStore store;
    private final Purchasing purchasing;
    private final OrganizationManagement organization;
    private final Reports reports;

    PartDemand(PartDemandStore store, Purchasing purchasing, OrganizationManagement organization, Reports reports) {
        this.store = store;
        this.purchasing = purchasing;
        this.organization = organization;
        this.reports = reports;
    }

    /** The {@code top} parts the store used most in the last twelve complete months, forecast {@code months} ahead. */
    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional(readOnly = true)
    public PartDemandSheet forecast(StoreId storeId, int months, int top) {
        if (months < 1 || months > 12) {
            throw new InvalidInputException("months", "reports.forecastMonths.invalid");
        }
        if (top < 1 || top > 100) {
            throw new InvalidInputException("top", "reports.partsTop.invalid");
        }
        organization.visibleStore(storeId);
        UUID org = CurrentUser.require().organizationId().value();
        YearMonth last = YearMonth.from(reports.today()).minusMonths(1);
        YearMonth first = last.minusMonths(Forecasts.HISTORY - 1);
        List<UUID> parts = store.top(org, storeId.value(), last.minusMonths(11).atDay(1), last.atDay(1), top);
        Map<UUID, Map<YearMonth, BigDecimal>> used = new HashMap<>();
        Map<UUID, YearMonth> firstUse = new HashMap<>();
        for (PartDemandStore.Month month : store.months(org, storeId.value(), first.atDay(1), last.atDay(1), parts)) {
            YearMonth ym = YearMonth.from(month.monthStart());
            used.computeIfAbsent(month.partId(), p -> new HashMap<>()).put(ym, month.quantity());
            firstUse.merge(month.partId(), ym, (a, b) -> a.isBefore(b) ? a : b);
        }
        Map<UUID, PurchaseOrderView.Position> positions =
                purchasing.positions(storeId, parts.stream().map(PartId::new).toList()).stream()
                        .collect(Collectors.toMap(p -> p.partId().value(), Function.identity()));
        Map<UUID, PartDemandStore.Name> named = new HashMap<>();
        store.names(
                        org,
                        storeId.value(),
                        parts.stream().filter(p -> !positions.containsKey(p)).toList())
                .forEach(name -> named.put(name.partId(), name));
        List<PartForecast> lines = new ArrayList<>();
        for (UUID part : parts) {
            Map<YearMonth, BigDecimal> series = used.getOrDefault(part, Map.of());
            List<Forecast.Point> history = new ArrayList<>();
            for (YearMonth m = firstUse.getOrDefault(part, last); !m.isAfter(last); m = m.plusMonths(1)) {
                history.add(new Forecast.Point(m, plain(series.getOrDefault(m, BigDecimal.ZERO))));
            }
            Forecasts.Projection projection = Forecasts.project(history, last, months, 1);
            PurchaseOrderView.Position position = positions.get(part);
            BigDecimal available = position == null ? BigDecimal.ZERO : plain(position.available());
            BigDecimal onOrder = position == null ? BigDecimal.ZERO : plain(position.onOrder());
            BigDecimal backOrdered = position == null ? BigDecimal.ZERO : plain(position.backOrdered());
            BigDecimal next = projection.points().get(0).value().max(BigDecimal.ZERO);
            BigDecimal suggested = position == null
                    ? BigDecimal.ZERO
                    : next.multiply(COVER)
                            .add(backOrdered)
                            .subtract(available)
                            .subtract(onOrder)
                            .max(BigDecimal.ZERO)
                            .setScale(0, RoundingMode.CEILING);
            PartDemandStore.Name name = named.get(part);
            lines.add(new PartForecast(
                    new PartId(part),
                    position != null ? position.partNumber() : name == null ? "" : name.partNumber(),
                    position != null ? position.partName() : name == null ? "" : name.partName(),
                    history.subList(Math.max(0, history.size() - 12), history.size()),
                    projection.points(),
                    projection.mapePercent(),
                    available,
                    onOrder,
                    backOrdered,
                    suggested,
                    position == null ? BigDecimal.ZERO : position.unitCost()));
        }
        return new PartDemandSheet(storeId, last, months, COVER, lines);
    }

    /** A quantity without trailing zeros (3, 2.5), never in exponent form. */
    private static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * A draft purchase order to {@code supplier} of every part the forecast of the {@code top} parts suggests, at
     * catalogue cost; 400 when nothing is to be ordered.
     */
    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public PurchaseOrderView order(StoreId storeId, String supplier, int top) {
        List<PurchaseOrderView.NewLine> lines = forecast(storeId, 1, top).parts().stream()
                .filter(part -> part.suggested().signum() > 0)
                .map(part -> new PurchaseOrderView.NewLine(part.partId(), part.suggested(), part.unitCost()))
                .toList();
        if (lines.isEmpty()) {
            throw new InvalidInputException("lines", "purchase.nothingSuggested");
        }
        return purchasing.create(storeId, supplier, "配件需求预测 " + reports.today(), lines);
    }
}
