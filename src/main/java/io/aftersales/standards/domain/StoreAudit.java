package io.aftersales.standards.domain;

import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.security.StoreVisibility;
import io.aftersales.standards.AuditArea;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An audit of a store on a day against a checklist, as it was then: each item passed or failed with a note. The score
 * is the weight of the passed items in per cent of all weights, to one decimal.
 */
@Entity
@Table(name = "store_audit")
@Filter(name = StoreVisibility.FILTER)
public class StoreAudit {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID storeId;
    private UUID checklistId;
    private String checklistName;

    @Enumerated(EnumType.STRING)
    private AuditArea area;

    private LocalDate auditedOn;
    private UUID auditorId;
    private BigDecimal score;
    private @Nullable String note;
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "store_audit_result", joinColumns = @JoinColumn(name = "store_audit_id"))
    @OrderColumn(name = "position")
    private List<Result> results = new ArrayList<>();

    @Embeddable
    public static class Result {
        @Column(name = "item_text")
        private String text;

        private int weight;
        private boolean passed;
        private @Nullable String note;

        protected Result() {
            this.text = "";
            this.weight = 1;
        }

        public Result(String text, int weight, boolean passed, @Nullable String note) {
            this.text = text;
            this.weight = weight;
            this.passed = passed;
            this.note = note == null || note.isBlank() ? null : note.trim();
        }

        public String text() {
            return text;
        }

        public int weight() {
            return weight;
        }

        public boolean passed() {
            return passed;
        }

        public @Nullable String note() {
            return note;
        }
    }

    protected StoreAudit() {
        this.id = Ids.newId();
        this.organizationId = Ids.newId();
        this.storeId = Ids.newId();
        this.checklistId = Ids.newId();
        this.checklistName = "";
        this.area = AuditArea.FIVE_S;
        this.auditedOn = LocalDate.EPOCH;
        this.auditorId = Ids.newId();
        this.score = BigDecimal.ZERO;
        this.createdAt = Instant.EPOCH;
    }

    public StoreAudit(
            UUID organizationId,
            UUID storeId,
            Checklist checklist,
            LocalDate auditedOn,
            UUID auditorId,
            @Nullable String note,
            List<Result> results,
            Instant now) {
        this();
        this.organizationId = organizationId;
        this.storeId = storeId;
        this.checklistId = checklist.id();
        this.checklistName = checklist.name();
        this.area = checklist.area();
        this.auditedOn = auditedOn;
        this.auditorId = auditorId;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.results.addAll(results);
        this.score = scoreOf(results);
        this.createdAt = now;
    }

    /** The passed items' weight in per cent of all the weights, half up to one decimal. */
    static BigDecimal scoreOf(List<Result> results) {
        int all = results.stream().mapToInt(Result::weight).sum();
        int passed =
                results.stream().filter(Result::passed).mapToInt(Result::weight).sum();
        return all == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(passed * 100L).divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP);
    }

    public UUID id() {
        return id;
    }

    public UUID storeId() {
        return storeId;
    }

    public UUID checklistId() {
        return checklistId;
    }

    public String checklistName() {
        return checklistName;
    }

    public AuditArea area() {
        return area;
    }

    public LocalDate auditedOn() {
        return auditedOn;
    }

    public UUID auditorId() {
        return auditorId;
    }

    public BigDecimal score() {
        return score;
    }

    public @Nullable String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Result> results() {
        return List.copyOf(results);
    }
}
