package io.aftersales.planning.domain;

import io.aftersales.planning.LoanerCarId;
import io.aftersales.planning.LoanerCarView;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.security.StoreVisibility;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A loaner car (代步车) of a store; one taken out of service is not lent any more. */
@Entity
@Table(name = "loaner_car")
@Filter(name = StoreVisibility.FILTER)
public class LoanerCar {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID storeId;
    private String plate;
    private String model;
    private boolean active;

    @Version
    private @Nullable Long version;

    protected LoanerCar() {
        this.id = Ids.newId();
        this.organizationId = Ids.newId();
        this.storeId = Ids.newId();
        this.plate = "";
        this.model = "";
        this.active = true;
    }

    public LoanerCar(UUID organizationId, UUID storeId, String plate, String model) {
        this();
        this.organizationId = organizationId;
        this.storeId = storeId;
        this.plate = plate;
        this.model = model.strip();
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public LoanerCarView toView() {
        return new LoanerCarView(
                new LoanerCarId(id), new StoreId(storeId), plate, model, active, version == null ? 0 : version);
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

    public String plate() {
        return plate;
    }

    public boolean active() {
        return active;
    }
}
