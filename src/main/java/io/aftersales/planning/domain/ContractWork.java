package io.aftersales.planning.domain;

import io.aftersales.planning.ContractWorkKind;
import io.aftersales.shared.domain.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A visit or a call of a contract: the work order it opened, and for a call its SLA deadlines. */
@Entity
@Table(name = "contract_work")
public class ContractWork {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID serviceContractId;
    private UUID assetId;

    @Enumerated(EnumType.STRING)
    private ContractWorkKind kind;

    private @Nullable LocalDate dueOn;
    private UUID workOrderId;
    private String workOrderNumber;
    private Instant reportedAt;
    private @Nullable Instant respondBy;
    private @Nullable Instant resolveBy;

    protected ContractWork() {
        this.id = Ids.newId();
        this.organizationId = Ids.newId();
        this.serviceContractId = Ids.newId();
        this.assetId = Ids.newId();
        this.kind = ContractWorkKind.VISIT;
        this.workOrderId = Ids.newId();
        this.workOrderNumber = "";
        this.reportedAt = Instant.EPOCH;
    }

    private ContractWork(
            ServiceContract contract,
            UUID assetId,
            ContractWorkKind kind,
            UUID workOrderId,
            String workOrderNumber,
            Instant now) {
        this();
        this.organizationId = contract.organizationId();
        this.serviceContractId = contract.id();
        this.assetId = assetId;
        this.kind = kind;
        this.workOrderId = workOrderId;
        this.workOrderNumber = workOrderNumber;
        this.reportedAt = now;
    }

    public static ContractWork visit(
            ServiceContract contract, UUID assetId, LocalDate dueOn, UUID workOrderId, String number, Instant now) {
        ContractWork visit = new ContractWork(contract, assetId, ContractWorkKind.VISIT, workOrderId, number, now);
        visit.dueOn = dueOn;
        return visit;
    }

    /** A call starts the SLA clock: work must start within the response time and be done within the resolution. */
    public static ContractWork call(
            ServiceContract contract, UUID assetId, UUID workOrderId, String number, Instant now) {
        ContractWork call = new ContractWork(contract, assetId, ContractWorkKind.CALL, workOrderId, number, now);
        call.respondBy = now.plusSeconds(3600L * contract.responseHours());
        call.resolveBy = now.plusSeconds(3600L * contract.resolutionHours());
        return call;
    }

    public UUID serviceContractId() {
        return serviceContractId;
    }

    public UUID assetId() {
        return assetId;
    }

    public ContractWorkKind kind() {
        return kind;
    }

    public @Nullable LocalDate dueOn() {
        return dueOn;
    }

    public UUID workOrderId() {
        return workOrderId;
    }

    public String workOrderNumber() {
        return workOrderNumber;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public @Nullable Instant respondBy() {
        return respondBy;
    }

    public @Nullable Instant resolveBy() {
        return resolveBy;
    }
}
