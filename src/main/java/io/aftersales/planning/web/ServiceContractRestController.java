package io.aftersales.planning.web;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.planning.ContractWorkView;
import io.aftersales.planning.NewServiceContract;
import io.aftersales.planning.ServiceContractId;
import io.aftersales.planning.ServiceContractSummary;
import io.aftersales.planning.ServiceContractView;
import io.aftersales.planning.ServiceContracts;
import io.aftersales.shared.PagedResult;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Service contracts",
        description = "服务合同: covered vehicles or equipment of a customer, a visit every so many months opened as a"
                + " work order when due, calls under an SLA (hours to start and to finish work) with breaches shown,"
                + " and what the contract's work orders used of the labour hours and parts it includes.")
@RestController
class ServiceContractRestController {

    @Schema(name = "ServiceCall")
    record Call(
            @NotNull AssetId assetId,
            @NotBlank @Size(max = 2000) String complaint) {}

    private final ServiceContracts contracts;

    ServiceContractRestController(ServiceContracts contracts) {
        this.contracts = contracts;
    }

    @GetMapping("/api/v1/service-contracts")
    PagedResult<ServiceContractSummary> search(
            @RequestParam(required = false) @Nullable CustomerId customerId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return contracts.search(customerId, q, page, size);
    }

    /** Managers and HQ: a contract; the visits already due open at once. */
    @PostMapping("/api/v1/service-contracts")
    ResponseEntity<ServiceContractView> create(@Valid @RequestBody NewServiceContract request) {
        ServiceContractView created = contracts.create(request);
        return ResponseEntity.created(URI.create("/api/v1/service-contracts/" + created.id()))
                .body(created);
    }

    /** The contract with its visits, calls (their SLA clock and breaches) and what was used of what it includes. */
    @GetMapping("/api/v1/service-contracts/{id}")
    ServiceContractView get(@PathVariable ServiceContractId id) {
        return contracts.get(id);
    }

    /** Opens the visits due by today that are not open yet (the hourly schedule does the same). */
    @PostMapping("/api/v1/service-contracts/{id}/visits")
    Map<String, Integer> openDueVisits(@PathVariable ServiceContractId id) {
        return Map.of("opened", contracts.openDueVisits(id));
    }

    /** A call (a breakdown reported) for a covered asset: a work order with the SLA clock started. */
    @PostMapping("/api/v1/service-contracts/{id}/calls")
    ResponseEntity<ContractWorkView> call(@PathVariable ServiceContractId id, @Valid @RequestBody Call request) {
        ContractWorkView call = contracts.reportCall(id, request.assetId(), request.complaint());
        return ResponseEntity.created(URI.create("/api/v1/work-orders/" + call.workOrderId()))
                .body(call);
    }
}
