package io.aftersales.staff;

import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomerView;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.staff.domain.JournalStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meeting notes and work diaries (会议记录 / 工作日记), outside a job too: anyone writes them for a store they work
 * at, about a customer when they like; the author alone changes an entry. Meeting notes are read by everyone of the
 * store, diaries by their author and the store's managers; both are searched by text, kind, customer and days.
 */
@Service
public class Journal {

    private final JournalStore store;
    private final OrganizationManagement organization;
    private final CustomerManagement customers;
    private final AuditTrail auditTrail;
    private final Clock clock;

    Journal(
            JournalStore store,
            OrganizationManagement organization,
            CustomerManagement customers,
            AuditTrail auditTrail,
            Clock clock) {
        this.store = store;
        this.organization = organization;
        this.customers = customers;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional
    public JournalEntryView write(JournalEntry entry) {
        SignedInUser me = CurrentUser.require();
        StoreId storeId = organization.storeOrDefault(entry.storeId());
        organization.visibleStore(storeId);
        checked(entry, storeId);
        Instant now = clock.instant();
        JournalStore.Entry row = new JournalStore.Entry(
                Ids.newId(),
                storeId.value(),
                me.userId().value(),
                entry.kind(),
                entry.day(),
                entry.title().trim(),
                entry.body().trim(),
                entry.customerId() == null ? null : entry.customerId().value(),
                now,
                now,
                0);
        store.insert(me.organizationId().value(), row);
        auditTrail.record("CREATE", "JournalEntry", row.id(), row.kind() + " " + row.day() + " " + row.title());
        return get(new JournalEntryId(row.id()));
    }

    /** Changes an entry: its author only (else 403), at the version read (else 409). */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional
    public JournalEntryView change(JournalEntryId id, JournalEntry entry) {
        SignedInUser me = CurrentUser.require();
        JournalStore.Entry current = visible(id);
        if (!current.authorId().equals(me.userId().value())) {
            throw new AccessDeniedException("Only the author changes an entry");
        }
        if (entry.version() == null) {
            throw new InvalidInputException("version", "journal.versionRequired");
        }
        StaleVersionException.check(entry.version(), current.version());
        checked(entry, new StoreId(current.storeId()));
        JournalStore.Entry changed = new JournalStore.Entry(
                current.id(),
                current.storeId(),
                current.authorId(),
                entry.kind(),
                entry.day(),
                entry.title().trim(),
                entry.body().trim(),
                entry.customerId() == null ? null : entry.customerId().value(),
                current.createdAt(),
                current.updatedAt(),
                current.version());
        if (!store.update(me.organizationId().value(), changed, entry.version(), clock.instant())) {
            throw new StaleVersionException(entry.version(), visible(id).version());
        }
        auditTrail.record("UPDATE", "JournalEntry", id, changed.kind() + " " + changed.day() + " " + changed.title());
        return get(id);
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public JournalEntryView get(JournalEntryId id) {
        return views(List.of(visible(id))).get(0);
    }

    /** A store's entries the caller may read, the latest day first, narrowed as asked. */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public PagedResult<JournalEntryView> search(
            StoreId storeId,
            @Nullable JournalKind kind,
            @Nullable String text,
            @Nullable CustomerId customerId,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            Pageable page) {
        organization.visibleStore(storeId);
        SignedInUser me = CurrentUser.require();
        UUID org = me.organizationId().value();
        JournalStore.Filter filter = new JournalStore.Filter(
                storeId.value(),
                me.userId().value(),
                me.isManager(),
                kind,
                text == null || text.isBlank() ? null : text.trim(),
                customerId == null ? null : customerId.value(),
                from,
                to);
        return new PagedResult<>(
                views(store.page(org, filter, page.getOffset(), page.getPageSize())),
                page.getPageNumber(),
                page.getPageSize(),
                store.count(org, filter));
    }

    private void checked(JournalEntry entry, StoreId storeId) {
        LocalDate today = LocalDate.now(clock.withZone(organization.zoneOf(storeId)));
        if (entry.day().isAfter(today)) {
            throw new InvalidInputException("day", "journal.future");
        }
        if (entry.customerId() != null) {
            try {
                customers.get(entry.customerId());
            } catch (NotFoundException e) {
                throw new InvalidInputException("customerId", "journal.unknownCustomer");
            }
        }
    }

    /** An entry of a store the caller sees: a meeting note, their own diary, or any diary for a manager. */
    private JournalStore.Entry visible(JournalEntryId id) {
        SignedInUser me = CurrentUser.require();
        return store.find(me.organizationId().value(), id.value())
                .filter(e -> me.canSeeStore(new StoreId(e.storeId())))
                .filter(e -> e.kind() == JournalKind.MEETING
                        || me.isManager()
                        || e.authorId().equals(me.userId().value()))
                .orElseThrow(() -> new NotFoundException("journal entry", id));
    }

    private List<JournalEntryView> views(List<JournalStore.Entry> entries) {
        Set<UserId> authors = entries.stream()
                .map(e -> new UserId(e.authorId()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<UserId, String> names = organization.namesOf(authors);
        Map<UUID, String> customerNames = customers
                .getAll(entries.stream()
                        .map(JournalStore.Entry::customerId)
                        .filter(Objects::nonNull)
                        .map(CustomerId::new)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(c -> c.id().value(), CustomerView::name, (a, b) -> a));
        return entries.stream()
                .map(e -> new JournalEntryView(
                        new JournalEntryId(e.id()),
                        new StoreId(e.storeId()),
                        new UserId(e.authorId()),
                        names.getOrDefault(new UserId(e.authorId()), ""),
                        e.kind(),
                        e.day(),
                        e.title(),
                        e.body(),
                        e.customerId() == null ? null : new CustomerId(e.customerId()),
                        e.customerId() == null ? null : customerNames.get(e.customerId()),
                        e.createdAt(),
                        e.updatedAt(),
                        e.version()))
                .toList();
    }
}
