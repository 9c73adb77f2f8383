package io.aftersales.inventory.domain;

import io.aftersales.inventory.NewTool;
import io.aftersales.inventory.ToolCondition;
import io.aftersales.inventory.ToolId;
import io.aftersales.inventory.ToolView;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.security.StoreVisibility;
import io.aftersales.workorder.WorkOrderId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A tool of a store (工具). It is checked out to a technician or a work order and checked in again; a tool out of
 * service, or whose calibration is overdue, is not handed out: every tool is checked before it goes to a customer.
 */
@Entity
@Table(name = "tool")
@Filter(name = StoreVisibility.FILTER)
public class Tool {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID storeId;
    private String assetTag;
    private String name;
    private @Nullable String category;
    private @Nullable String location;

    @Enumerated(EnumType.STRING)
    private ToolCondition condition;

    private @Nullable LocalDate calibrationDue;
    private @Nullable UUID holderId;
    private @Nullable UUID holderWorkOrderId;
    private @Nullable Instant checkedOutAt;
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "tool_event", joinColumns = @JoinColumn(name = "tool_id"))
    @OrderColumn(name = "position")
    private List<Event> history = new ArrayList<>();

    @Embeddable
    public static class Event {
        private String action;

        @Column(name = "occurred_at")
        private Instant at;

        private @Nullable UUID byUser;
        private @Nullable UUID holderId;
        private @Nullable UUID workOrderId;

        @Enumerated(EnumType.STRING)
        private @Nullable ToolCondition condition;

        private @Nullable String note;

        protected Event() {
            this.action = "";
            this.at = Instant.EPOCH;
        }

        Event(
                String action,
                Instant at,
                @Nullable UUID byUser,
                @Nullable UUID holderId,
                @Nullable UUID workOrderId,
                @Nullable ToolCondition condition,
                @Nullable String note) {
            this.action = action;
            this.at = at;
            this.byUser = byUser;
            this.holderId = holderId;
            this.workOrderId = workOrderId;
            this.condition = condition;
            this.note = note;
        }

        ToolView.EventView toView() {
            return new ToolView.EventView(
                    action,
                    at,
                    Identifier.of(byUser, UserId::new),
                    Identifier.of(holderId, UserId::new),
                    Identifier.of(workOrderId, WorkOrderId::new),
                    condition,
                    note);
        }
    }

    protected Tool() {
        this.id = Ids.newId();
        this.organizationId = new UUID(0, 0);
        this.storeId = new UUID(0, 0);
        this.assetTag = "";
        this.name = "";
        this.condition = ToolCondition.GOOD;
        this.createdAt = Instant.EPOCH;
    }

    public Tool(UUID organizationId, NewTool request, @Nullable UUID by, Instant now) {
        this();
        this.organizationId = organizationId;
        this.storeId = Identifier.valueOf(request.storeId());
        this.assetTag = request.assetTag().trim().toUpperCase(Locale.ROOT);
        this.name = request.name().trim();
        this.category = blankToNull(request.category());
        this.location = blankToNull(request.location());
        this.calibrationDue = request.calibrationDue();
        this.createdAt = now;
        history.add(new Event("REGISTER", now, by, null, null, condition, null));
    }

    public void checkOut(
            @Nullable UUID technician, @Nullable UUID workOrder, LocalDate today, @Nullable UUID by, Instant now) {
        if (holderId != null || holderWorkOrderId != null) {
            throw new DomainException("tool-checked-out", "tool.checkedOut");
        }
        if (condition == ToolCondition.OUT_OF_SERVICE) {
            throw new DomainException("tool-out-of-service", "tool.outOfService");
        }
        if (overdueOn(today)) {
            throw new DomainException("calibration-overdue", "tool.calibrationOverdue", calibrationDue);
        }
        this.holderId = technician;
        this.holderWorkOrderId = workOrder;
        this.checkedOutAt = now;
        history.add(new Event("CHECK_OUT", now, by, technician, workOrder, null, null));
    }

    public void checkIn(ToolCondition found, @Nullable String note, @Nullable UUID by, Instant now) {
        if (holderId == null && holderWorkOrderId == null) {
            throw new DomainException("tool-not-checked-out", "tool.notCheckedOut");
        }
        history.add(new Event("CHECK_IN", now, by, holderId, holderWorkOrderId, found, blankToNull(note)));
        this.holderId = null;
        this.holderWorkOrderId = null;
        this.checkedOutAt = null;
        this.condition = found;
    }

    public void calibrate(LocalDate nextDue, @Nullable String note, @Nullable UUID by, Instant now) {
        this.calibrationDue = nextDue;
        if (condition == ToolCondition.NEEDS_REPAIR) {
            this.condition = ToolCondition.GOOD;
        }
        history.add(new Event("CALIBRATE", now, by, null, null, condition, blankToNull(note)));
    }

    public boolean overdueOn(LocalDate today) {
        return calibrationDue != null && calibrationDue.isBefore(today);
    }

    public UUID storeId() {
        return storeId;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public ToolView toView(LocalDate today) {
        return new ToolView(
                new ToolId(id),
                Identifier.of(storeId, StoreId::new),
                assetTag,
                name,
                category,
                location,
                condition,
                calibrationDue,
                overdueOn(today),
                Identifier.of(holderId, UserId::new),
                Identifier.of(holderWorkOrderId, WorkOrderId::new),
                checkedOutAt,
                history.stream().map(Event::toView).toList(),
                version());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
