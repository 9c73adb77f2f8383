package io.aftersales.staff.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.StoreId;
import io.aftersales.staff.Journal;
import io.aftersales.staff.JournalEntry;
import io.aftersales.staff.JournalEntryId;
import io.aftersales.staff.JournalEntryView;
import io.aftersales.staff.JournalKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Journal",
        description = "Meeting notes (会议记录, read by the store) and work diaries (工作日记, read by the author and the"
                + " store's managers), linked to a customer when about one.")
class JournalRestController {

    private final Journal journal;
    private final OrganizationManagement organization;

    JournalRestController(Journal journal, OrganizationManagement organization) {
        this.journal = journal;
        this.organization = organization;
    }

    @Operation(
            summary = "Search a store's entries, the latest day first",
            description = "q: text in the title or body; kind, customerId, from and to (days, both included).")
    @GetMapping("/api/v1/journal")
    PagedResult<JournalEntryView> search(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable JournalKind kind,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable CustomerId customerId,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return journal.search(
                organization.storeOrDefault(storeId),
                kind,
                q,
                customerId,
                from,
                to,
                Paging.request(page, size, Paging.DEFAULT_SIZE));
    }

    @Operation(summary = "Write an entry", description = "Not dated in the future; customerId of a known customer.")
    @PostMapping("/api/v1/journal")
    ResponseEntity<JournalEntryView> write(@Valid @RequestBody JournalEntry entry) {
        return ResponseEntity.status(HttpStatus.CREATED).body(journal.write(entry));
    }

    @GetMapping("/api/v1/journal/{id}")
    JournalEntryView get(@PathVariable JournalEntryId id) {
        return journal.get(id);
    }

    @Operation(summary = "Change an entry", description = "The author only (else 403), with the version read.")
    @PutMapping("/api/v1/journal/{id}")
    JournalEntryView change(@PathVariable JournalEntryId id, @Valid @RequestBody JournalEntry entry) {
        return journal.change(id, entry);
    }
}
