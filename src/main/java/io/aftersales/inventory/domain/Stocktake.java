package io.aftersales.inventory.domain;

import io.aftersales.shared.PartId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.StoreVisibility;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A count sheet of a store's stock; approval (by someone other than the counter) posts the variances. */
@Entity
@Table(name = "stocktake")
@Filter(name = StoreVisibility.FILTER)
public class Stocktake {

    public static final String OPEN = "OPEN";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID storeId;
    private @Nullable String location;
    private String status;
    private @Nullable UUID countedBy;
    private @Nullable UUID approvedBy;
    private Instant createdAt;
    private @Nullable Instant closedAt;

    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "stocktake_line", joinColumns = @JoinColumn(name = "stocktake_id"))
    @OrderColumn(name = "position")
    private List<Line> lines = new ArrayList<>();

    @Embeddable
    public static class Line {
        private UUID partId;
        private @Nullable String bin;
        private BigDecimal expected;
        private @Nullable BigDecimal counted;

        protected Line() {
            this.partId = new UUID(0, 0);
            this.expected = BigDecimal.ZERO;
        }

        public Line(UUID partId, @Nullable String bin, BigDecimal expected) {
            this.partId = partId;
            this.bin = bin;
            this.expected = expected;
        }

        public UUID partId() {
            return partId;
        }

        public @Nullable String bin() {
            return bin;
        }

        public BigDecimal expected() {
            return expected;
        }

        public @Nullable BigDecimal counted() {
            return counted;
        }
    }

    protected Stocktake() {
        this.id = Ids.newId();
        this.organizationId = new UUID(0, 0);
        this.storeId = new UUID(0, 0);
        this.status = OPEN;
        this.createdAt = Instant.EPOCH;
    }

    public Stocktake(UUID organizationId, UUID storeId, @Nullable String location, List<Line> sheet, Instant now) {
        this();
        if (sheet.isEmpty()) {
            throw new InvalidInputException("location", "stocktake.nothingToCount");
        }
        this.organizationId = organizationId;
        this.storeId = storeId;
        this.location = location;
        this.lines.addAll(sheet);
        this.createdAt = now;
    }

    public void count(Map<PartId, BigDecimal> counts, UUID by) {
        requireStatus(OPEN, "count");
        for (Map.Entry<PartId, BigDecimal> entry : counts.entrySet()) {
            if (entry.getValue().signum() < 0) {
                throw new InvalidInputException("counts", "stocktake.negativeCount");
            }
            Line line = lines.stream()
                    .filter(l -> l.partId.equals(entry.getKey().value()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("counts", "stocktake.unknownPart"));
            line.counted = entry.getValue();
        }
        this.countedBy = by;
    }

    public void submit() {
        requireStatus(OPEN, "submit");
        if (lines.stream().anyMatch(l -> l.counted == null)) {
            throw new DomainException("stocktake-incomplete", "stocktake.incomplete");
        }
        this.status = SUBMITTED;
    }

    /** Approval by someone other than the counter; answers the lines whose count differs from what was expected. */
    public List<Line> approve(UUID by, Instant now) {
        requireStatus(SUBMITTED, "approve");
        if (by.equals(countedBy)) {
            throw new DomainException("stocktake-self-approval", "stocktake.selfApproval");
        }
        this.status = APPROVED;
        this.approvedBy = by;
        this.closedAt = now;
        return lines.stream()
                .filter(l -> Objects.requireNonNull(l.counted).compareTo(l.expected) != 0)
                .toList();
    }

    public void reject(UUID by, Instant now) {
        requireStatus(SUBMITTED, "reject");
        this.status = REJECTED;
        this.approvedBy = by;
        this.closedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID storeId() {
        return storeId;
    }

    public @Nullable String location() {
        return location;
    }

    public String status() {
        return status;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public @Nullable UUID countedBy() {
        return countedBy;
    }

    public @Nullable UUID approvedBy() {
        return approvedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    private void requireStatus(String expected, String action) {
        if (!status.equals(expected)) {
            throw new DomainException("illegal-transition", "stocktake.illegalTransition", action, status);
        }
    }
}
