package io.aftersales.customer.web;

import io.aftersales.customer.AdvisorLoad;
import io.aftersales.customer.ConsentChannel;
import io.aftersales.customer.CustomerDetails;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomerProperties;
import io.aftersales.customer.CustomerView;
import io.aftersales.customer.NewContact;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.UserId;
import io.aftersales.shared.web.XlsxDownload;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Customers",
        description =
                "Customer profiles (客户档案): people and companies, phones, contacts, consent, membership tier, tags, merging duplicates.")
@RestController
@RequestMapping("/api/v1/customers")
class CustomerRestController {

    private final CustomerManagement customers;

    CustomerRestController(CustomerManagement customers) {
        this.customers = customers;
    }

    @PostMapping
    ResponseEntity<CustomerManagement.Created> create(@Valid @RequestBody CustomerDetails details) {
        CustomerManagement.Created created = customers.create(details);
        return ResponseEntity.created(
                        URI.create("/api/v1/customers/" + created.customer().id()))
                .body(created);
    }

    @GetMapping
    PagedResult<CustomerView> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String sort) {
        return customers.search(q, page, size, sort);
    }

    @GetMapping(path = "/export", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable String q) {
        return XlsxDownload.of("customers.xlsx", out -> customers.export(q, out));
    }

    /** The membership tiers and their labour discount. */
    @GetMapping("/tiers")
    List<CustomerProperties.Tier> tiers() {
        return customers.tiers();
    }

    /** The advisors with how many customers each has as their own; first those without an advisor. */
    @GetMapping("/advisors")
    List<AdvisorLoad> advisors() {
        return customers.advisorLoads();
    }

    record HandoverRequest(
            @Nullable UserId fromAdvisorId, @Nullable List<UserId> toAdvisorIds) {}

    /**
     * Hands every customer of one advisor (without {@code fromAdvisorId}: every customer without an advisor) over to
     * the advisors named, spread so that each ends with as few as possible.
     */
    @PostMapping("/advisor-handovers")
    CustomerManagement.Handover handOver(@RequestBody HandoverRequest request) {
        return customers.handOver(
                request.fromAdvisorId(), request.toAdvisorIds() == null ? List.of() : request.toAdvisorIds());
    }

    @GetMapping("/{id}")
    CustomerView get(@PathVariable CustomerId id) {
        return customers.get(id);
    }

    @PutMapping("/{id}")
    CustomerView update(@PathVariable CustomerId id, @Valid @RequestBody CustomerDetails details) {
        return customers.update(id, details);
    }

    record AdvisorRequest(@Nullable UserId advisorId) {}

    /** Gives the customer their own advisor (一对一服务); a null advisor takes theirs away. */
    @PutMapping("/{id}/advisor")
    CustomerView assignAdvisor(@PathVariable CustomerId id, @RequestBody AdvisorRequest request) {
        return customers.assignAdvisor(id, request.advisorId());
    }

    @PostMapping("/{id}/contacts")
    ResponseEntity<CustomerView> addContact(@PathVariable CustomerId id, @Valid @RequestBody NewContact contact) {
        return ResponseEntity.status(201).body(customers.addContact(id, contact));
    }

    record ConsentRequest(
            @NotNull ConsentChannel channel, @NotNull Boolean granted) {}

    /** Records the customer's marketing consent for one channel, with the time. */
    @PostMapping("/{id}/consents")
    CustomerView recordConsent(@PathVariable CustomerId id, @Valid @RequestBody ConsentRequest request) {
        return customers.recordConsent(id, request.channel(), request.granted());
    }

    @PostMapping("/{id}/merge-into/{otherId}")
    CustomerView merge(@PathVariable CustomerId id, @PathVariable UUID otherId) {
        return customers.merge(id, new CustomerId(otherId));
    }
}
