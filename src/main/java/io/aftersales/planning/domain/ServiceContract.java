package io.aftersales.planning.domain;

import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.security.StoreVisibility;
import io.aftersales.workorder.ServiceType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A service contract (服务合同): covered assets of one customer, served by one store from the first day to the last,
 * visited every so many months from the first day on, with an SLA for calls and what it includes. Its visits fall due
 * on the first day and every {@code visitEveryMonths} months after, up to the last day.
 */
@Entity
@Table(name = "service_contract")
@Filter(name = StoreVisibility.FILTER)
public class ServiceContract {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID storeId;
    private UUID customerId;
    private String customerName;
    private String number;
    private String title;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private int visitEveryMonths;

    @Enumerated(EnumType.STRING)
    private ServiceType visitType;

    private int responseHours;
    private int resolutionHours;
    private BigDecimal includedLabourHours;
    private BigDecimal includedParts;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "service_contract_asset", joinColumns = @JoinColumn(name = "service_contract_id"))
    private List<Covered> assets = new ArrayList<>();

    @Version
    private @Nullable Long version;

    /** A covered asset and what it was called when the contract was made. */
    @Embeddable
    public static class Covered {
        private UUID assetId;
        private String assetLabel;

        protected Covered() {
            this.assetId = Ids.newId();
            this.assetLabel = "";
        }

        public Covered(UUID assetId, String assetLabel) {
            this.assetId = assetId;
            this.assetLabel = assetLabel;
        }

        public UUID assetId() {
            return assetId;
        }

        public String assetLabel() {
            return assetLabel;
        }
    }

    protected ServiceContract() {
        this.id = Ids.newId();
        this.organizationId = Ids.newId();
        this.storeId = Ids.newId();
        this.customerId = Ids.newId();
        this.customerName = "";
        this.number = "";
        this.title = "";
        this.startsOn = LocalDate.EPOCH;
        this.endsOn = LocalDate.EPOCH;
        this.visitEveryMonths = 1;
        this.visitType = ServiceType.MAINTENANCE;
        this.includedLabourHours = BigDecimal.ZERO;
        this.includedParts = BigDecimal.ZERO;
        this.createdAt = Instant.EPOCH;
    }

    /** Terms, one record: the contract's period, schedule, SLA and what it includes. */
    public record Terms(
            LocalDate startsOn,
            LocalDate endsOn,
            int visitEveryMonths,
            ServiceType visitType,
            int responseHours,
            int resolutionHours,
            BigDecimal includedLabourHours,
            BigDecimal includedParts) {}

    public ServiceContract(
            UUID organizationId,
            UUID storeId,
            UUID customerId,
            String customerName,
            String number,
            String title,
            List<Covered> assets,
            Terms terms,
            Instant now) {
        this();
        this.organizationId = organizationId;
        this.storeId = storeId;
        this.customerId = customerId;
        this.customerName = customerName;
        this.number = number.strip();
        this.title = title.strip();
        this.assets.addAll(assets);
        this.startsOn = terms.startsOn();
        this.endsOn = terms.endsOn();
        this.visitEveryMonths = terms.visitEveryMonths();
        this.visitType = terms.visitType();
        this.responseHours = terms.responseHours();
        this.resolutionHours = terms.resolutionHours();
        this.includedLabourHours = terms.includedLabourHours();
        this.includedParts = terms.includedParts();
        this.createdAt = now;
    }

    /** The visit days from the first day on, every so many months, up to {@code until} and not past the last day. */
    public List<LocalDate> visitDaysUntil(LocalDate until) {
        List<LocalDate> days = new ArrayList<>();
        for (int k = 0; ; k++) {
            LocalDate day = startsOn.plusMonths((long) k * visitEveryMonths);
            if (day.isAfter(until) || day.isAfter(endsOn)) {
                return days;
            }
            days.add(day);
        }
    }

    /** Whether the contract covers this day. */
    public boolean coversDay(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public UUID storeId() {
        return storeId;
    }

    public UUID customerId() {
        return customerId;
    }

    public String customerName() {
        return customerName;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public int visitEveryMonths() {
        return visitEveryMonths;
    }

    public ServiceType visitType() {
        return visitType;
    }

    public int responseHours() {
        return responseHours;
    }

    public int resolutionHours() {
        return resolutionHours;
    }

    public BigDecimal includedLabourHours() {
        return includedLabourHours;
    }

    public BigDecimal includedParts() {
        return includedParts;
    }

    public List<Covered> assets() {
        return List.copyOf(assets);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
