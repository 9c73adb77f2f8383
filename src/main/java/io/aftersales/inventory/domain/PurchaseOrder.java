package io.aftersales.inventory.domain;

import io.aftersales.inventory.PurchaseOrderId;
import io.aftersales.inventory.PurchaseOrderStatus;
import io.aftersales.inventory.PurchaseOrderView;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.StoreVisibility;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A purchase order of a store to one supplier; receiving it is what puts the parts into stock. */
@Entity
@Table(name = "purchase_order")
@Filter(name = StoreVisibility.FILTER)
public class PurchaseOrder {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID storeId;
    private String number;
    private String supplier;

    @Enumerated(EnumType.STRING)
    private PurchaseOrderStatus status;

    private @Nullable String note;
    private Instant createdAt;
    private @Nullable Instant sentAt;

    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "purchase_order_line", joinColumns = @JoinColumn(name = "purchase_order_id"))
    @OrderColumn(name = "position")
    private List<Line> lines = new ArrayList<>();

    @Embeddable
    public static class Line {
        private UUID partId;
        private BigDecimal quantity;
        private BigDecimal unitCost;
        private BigDecimal received;

        protected Line() {
            this.partId = new UUID(0, 0);
            this.quantity = BigDecimal.ONE;
            this.unitCost = BigDecimal.ZERO;
            this.received = BigDecimal.ZERO;
        }

        Line(UUID partId, BigDecimal quantity, BigDecimal unitCost, BigDecimal received) {
            this.partId = partId;
            this.quantity = quantity;
            this.unitCost = unitCost;
            this.received = received;
        }

        PurchaseOrderView.Line toView() {
            return new PurchaseOrderView.Line(Identifier.of(partId, PartId::new), quantity, unitCost, received);
        }
    }

    protected PurchaseOrder() {
        this.id = Ids.newId();
        this.organizationId = new UUID(0, 0);
        this.storeId = new UUID(0, 0);
        this.number = "";
        this.supplier = "";
        this.status = PurchaseOrderStatus.DRAFT;
        this.createdAt = Instant.EPOCH;
    }

    public PurchaseOrder(
            UUID organizationId,
            UUID storeId,
            String number,
            String supplier,
            @Nullable String note,
            List<PurchaseOrderView.NewLine> requested,
            Instant now) {
        this();
        if (requested.isEmpty()) {
            throw new InvalidInputException("lines", "purchase.noLines");
        }
        this.organizationId = organizationId;
        this.storeId = storeId;
        this.number = number;
        this.supplier = supplier.trim();
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.createdAt = now;
        for (PurchaseOrderView.NewLine line : requested) {
            if (line.quantity().signum() <= 0 || line.unitCost().signum() < 0) {
                throw new InvalidInputException("lines", "purchase.badLine");
            }
            lines.add(new Line(
                    Identifier.valueOf(line.partId()),
                    line.quantity().setScale(2, RoundingMode.HALF_UP),
                    line.unitCost().setScale(2, RoundingMode.HALF_UP),
                    BigDecimal.ZERO));
        }
    }

    public void send(Instant now) {
        require(PurchaseOrderStatus.DRAFT, "send");
        this.status = PurchaseOrderStatus.SENT;
        this.sentAt = now;
    }

    /**
     * A delivery: how much of each part arrived. Answers what was received per part at which cost, for the ledger;
     * receiving more than is outstanding is refused.
     */
    public List<PurchaseOrderView.NewLine> receive(Map<PartId, BigDecimal> delivered) {
        if (status != PurchaseOrderStatus.SENT && status != PurchaseOrderStatus.PARTLY_RECEIVED) {
            throw new DomainException("illegal-transition", "purchase.illegalTransition", "receive", status.name());
        }
        List<PurchaseOrderView.NewLine> receipts = new ArrayList<>();
        for (Map.Entry<PartId, BigDecimal> entry : delivered.entrySet()) {
            BigDecimal quantity = entry.getValue();
            if (quantity.signum() == 0) {
                continue;
            }
            Line line = lines.stream()
                    .filter(l -> l.partId.equals(entry.getKey().value()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("lines", "purchase.unknownLine"));
            if (quantity.signum() < 0 || line.received.add(quantity).compareTo(line.quantity) > 0) {
                throw new InvalidInputException("lines", "purchase.tooMuch");
            }
            line.received = line.received.add(quantity);
            receipts.add(
                    new PurchaseOrderView.NewLine(Identifier.of(line.partId, PartId::new), quantity, line.unitCost));
        }
        if (receipts.isEmpty()) {
            throw new InvalidInputException("lines", "purchase.nothingReceived");
        }
        boolean complete = lines.stream().allMatch(l -> l.received.compareTo(l.quantity) == 0);
        this.status = complete ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTLY_RECEIVED;
        return receipts;
    }

    public void cancel() {
        if (status != PurchaseOrderStatus.DRAFT && status != PurchaseOrderStatus.SENT) {
            throw new DomainException("illegal-transition", "purchase.illegalTransition", "cancel", status.name());
        }
        this.status = PurchaseOrderStatus.CANCELLED;
    }

    public UUID storeId() {
        return storeId;
    }

    public String number() {
        return number;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public PurchaseOrderView toView() {
        BigDecimal total = lines.stream()
                .map(l -> l.quantity.multiply(l.unitCost))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        return new PurchaseOrderView(
                new PurchaseOrderId(id),
                Identifier.of(storeId, StoreId::new),
                number,
                supplier,
                status,
                note,
                lines.stream().map(Line::toView).toList(),
                total,
                createdAt,
                sentAt,
                version());
    }

    private void require(PurchaseOrderStatus expected, String action) {
        if (status != expected) {
            throw new DomainException("illegal-transition", "purchase.illegalTransition", action, status.name());
        }
    }
}
