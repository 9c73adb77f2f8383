package io.aftersales.customer;

import io.aftersales.customer.domain.Address;
import io.aftersales.customer.domain.Customer;
import io.aftersales.customer.domain.CustomerRepository;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.Labels;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.PhoneNumber;
import io.aftersales.shared.Regions;
import io.aftersales.shared.SearchText;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.QueryPlanner;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer profiles of the caller's organisation. */
@Service
public class CustomerManagement {

    private static final Set<String> SORTS = Set.of("name", "createdAt");

    /** Customers changed per flush in a handover. */
    private static final int HANDOVER_CHUNK = 500;

    /** A new profile, and the existing ones that share a phone with it (a warning, not a refusal). */
    public record Created(CustomerView customer, List<DuplicateCustomer> duplicates) {}

    private final CustomerRepository customers;
    private final Regions regions;
    private final CustomerProperties properties;
    private final AuditTrail auditTrail;
    private final QueryPlanner planner;
    private final ApplicationEventPublisher events;
    private final Labels labels;
    private final Clock clock;
    private final OrganizationManagement organization;

    CustomerManagement(
            CustomerRepository customers,
            Regions regions,
            CustomerProperties properties,
            AuditTrail auditTrail,
            QueryPlanner planner,
            ApplicationEventPublisher events,
            Clock clock,
            Labels labels,
            OrganizationManagement organization) {
        this.labels = labels;
        this.organization = organization;
        this.customers = customers;
        this.regions = regions;
        this.properties = properties;
        this.auditTrail = auditTrail;
        this.planner = planner;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(RoleGroups.CUSTOMER_EDITORS)
    @Transactional
    public Created create(CustomerDetails details) {
        List<PhoneNumber> phones = parsePhones(details.phones());
        List<DuplicateCustomer> duplicates = duplicatesOf(phones);
        Customer customer = new Customer(
                CurrentUser.require().organizationId().value(),
                details.type(),
                details.name(),
                phones,
                clock.instant());
        describe(customer, details, phones);
        customers.saveNew(customer);
        auditTrail.record("CREATE", "Customer", customer.id(), customer.name());
        return new Created(customer.toView(), duplicates);
    }

    /**
     * Many new customers at once (an import): checked like {@link #create}, written in batches, audited as one
     * action, without duplicate warnings.
     */
    @PreAuthorize(RoleGroups.CUSTOMER_EDITORS)
    @Transactional
    public List<CustomerId> createAll(List<CustomerDetails> all) {
        OrganizationId organizationId = CurrentUser.require().organizationId();
        List<Customer> created = new ArrayList<>(all.size());
        for (CustomerDetails details : all) {
            List<PhoneNumber> phones = parsePhones(details.phones());
            Customer customer =
                    new Customer(organizationId.value(), details.type(), details.name(), phones, clock.instant());
            describe(customer, details, phones);
            created.add(customer);
        }
        customers.saveAll(created);
        planner.refreshStatisticsAfter(created.size(), "customer", "customer_phone");
        auditTrail.record("IMPORT", "Customer", "-", created.size() + " customers");
        return created.stream().map(customer -> new CustomerId(customer.id())).toList();
    }

    /** Which of these customers exist in the caller's organisation and have not been merged away. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<CustomerId> activeAmong(Collection<CustomerId> ids) {
        Set<CustomerId> active = new HashSet<>();
        List<UUID> all = ids.stream().map(CustomerId::value).toList();
        for (int from = 0; from < all.size(); from += 1000) {
            customers.findActiveIds(all.subList(from, Math.min(all.size(), from + 1000))).stream()
                    .map(CustomerId::new)
                    .forEach(active::add);
        }
        return active;
    }

    /** Every active customer matching {@code query} (all of them without one) as an XLSX sheet, newest first. */
    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional(readOnly = true)
    public void export(@Nullable String query, OutputStream out) {
        List<List<?>> rows = new ArrayList<>();
        for (CustomerView c : PagedResult.allPages(page -> search(query, page, Paging.MAX_SIZE, null))) {
            rows.add(Arrays.asList(
                    c.name(),
                    labels.of("customer.type.", c.type()),
                    String.join(", ", c.phones()),
                    c.email(),
                    c.wechatId(),
                    c.source(),
                    labels.of("tier.", c.tier()),
                    c.contacts().stream().map(ContactView::name).collect(Collectors.joining(", ")),
                    c.createdAt().toString()));
        }
        Spreadsheets.writeXlsx(
                out,
                labels.text("customers.title"),
                labels.texts(
                        "customer.name",
                        "customer.typeLabel",
                        "customer.phones",
                        "customer.email",
                        "customer.wechatId",
                        "customer.source",
                        "customer.tier",
                        "contacts.title",
                        "common.createdAt"),
                rows);
    }

    /** Existing customers with any of these phones; the phones must be valid. For warnings before creating. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DuplicateCustomer> duplicatesOfPhones(List<String> rawPhones) {
        return duplicatesOf(parsePhones(rawPhones));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CustomerView get(CustomerId id) {
        return find(id).toView();
    }

    /** The customer's name alone, without loading the rest of the profile. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String nameOf(CustomerId id) {
        return find(id).name();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CustomerView> getAll(Collection<CustomerId> ids) {
        return customers.findAllById(ids.stream().map(CustomerId::value).toList()).stream()
                .map(Customer::toView)
                .toList();
    }

    /**
     * Active customers matching {@code query}: part of the name or of a contact's name, a full phone number, or the
     * last four digits of one. Without a query, all active customers.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PagedResult<CustomerView> search(
            @Nullable String query, @Nullable Integer page, @Nullable Integer size, @Nullable String sort) {
        var request = Paging.request(page, size, sort, SORTS, Sort.by(Sort.Direction.DESC, "createdAt"));
        if (query == null || query.isBlank()) {
            return PagedResult.of(customers.findActive(request), Customer::toView);
        }
        Lookup lookup = Lookup.of(query);
        var found = lookup.byPhone()
                ? customers.searchByPhone(lookup.number(), lookup.last4(), request)
                : customers.searchByName(lookup.like(), request);
        return PagedResult.of(found, Customer::toView);
    }

    /** The first {@code limit} matches of {@link #search}, newest first, without counting them all: the search box. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CustomerView> lookUp(String query, int limit) {
        if (query.isBlank()) {
            return List.of();
        }
        Lookup lookup = Lookup.of(query);
        var first = PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "createdAt"));
        var found = lookup.byPhone()
                ? customers.lookUpByPhone(lookup.number(), lookup.last4(), first)
                : customers.lookUpByName(lookup.like(), first);
        return found.stream().map(Customer::toView).toList();
    }

    /**
     * Digits are a phone (its last four, or the whole number); anything else is a name. Each path is one index-backed
     * query: an OR of both kept PostgreSQL from using any index (640 ms at 100,000 customers).
     */
    private record Lookup(boolean byPhone, String number, String last4, String like) {

        static Lookup of(String query) {
            String trimmed = query.trim();
            if (trimmed.matches("[+0-9 ()-]+")) {
                String digits = trimmed.replaceAll("[^0-9]", "");
                String number =
                        PhoneNumber.parse(trimmed).map(PhoneNumber::e164).orElse("-");
                return new Lookup(true, number, digits.length() == 4 ? digits : "-", "");
            }
            return new Lookup(false, "-", "-", Objects.requireNonNull(SearchText.containing(trimmed)));
        }
    }

    @PreAuthorize(RoleGroups.CUSTOMER_EDITORS)
    @Transactional
    public CustomerView update(CustomerId id, CustomerDetails details) {
        Customer customer = find(id);
        if (details.version() == null) {
            throw new InvalidInputException("version", "error.versionRequired");
        }
        StaleVersionException.check(details.version(), customer.version());
        describe(customer, details, parsePhones(details.phones()));
        customers.flush();
        auditTrail.record("UPDATE", "Customer", id, customer.name());
        return customer.toView();
    }

    @PreAuthorize(RoleGroups.CUSTOMER_EDITORS)
    @Transactional
    public CustomerView addContact(CustomerId id, NewContact contact) {
        Customer customer = find(id);
        PhoneNumber phone = null;
        if (contact.phone() != null && !contact.phone().isBlank()) {
            phone = PhoneNumber.parse(contact.phone())
                    .orElseThrow(() -> new InvalidInputException("phone", "customer.invalidPhone", contact.phone()));
        }
        customer.addContact(
                contact.name(), contact.position(), phone, contact.isDecisionMaker(), contact.isTechnical());
        customers.flush();
        auditTrail.record("ADD_CONTACT", "Customer", id, contact.name());
        return customer.toView();
    }

    @PreAuthorize(RoleGroups.CUSTOMER_EDITORS)
    @Transactional
    public CustomerView recordConsent(CustomerId id, ConsentChannel channel, boolean granted) {
        Customer customer = find(id);
        customer.recordConsent(channel, granted, clock.instant());
        customers.flush();
        auditTrail.record(granted ? "CONSENT_GRANTED" : "CONSENT_WITHDRAWN", "Customer", id, channel.name());
        if (!granted) {
            events.publishEvent(new ConsentWithdrawn(new OrganizationId(customer.organizationId()), id, channel));
        }
        return customer.toView();
    }

    /**
     * Merges customer {@code fromId} into {@code intoId}: phones and contacts move now, and modules that keep records
     * of customers (assets, work orders) move theirs on {@link CustomersMerged}.
     */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public CustomerView merge(CustomerId fromId, CustomerId intoId) {
        Customer from = find(fromId);
        Customer into = find(intoId);
        from.mergeInto(into);
        customers.flush();
        auditTrail.record("MERGE", "Customer", fromId, "into " + intoId);
        events.publishEvent(new CustomersMerged(new OrganizationId(from.organizationId()), fromId, intoId));
        return into.toView();
    }

    /** Whether the customer exists in the caller's organisation and has not been merged away. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isActive(CustomerId id) {
        return customers.isActive(
                id.value(), CurrentUser.require().organizationId().value());
    }

    /** The membership tiers in order, with their benefits. */
    public List<CustomerProperties.Tier> tiers() {
        return properties.tiersOrDefault();
    }

    /** The customer's tier and its benefits, for estimates (labour discount). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CustomerProperties.Tier tierOf(CustomerId id) {
        String code = find(id).tier();
        return properties.tier(code).orElse(new CustomerProperties.Tier(code, BigDecimal.ZERO, null, null));
    }

    /**
     * Sets the tier that a customer's spend over the last 12 months earns (会员等级 from spend). The spend is read
     * after the customer is locked, so that deliveries at the same moment each see the other's spend. A tier given by
     * hand (one without a minimum spend) is kept. Returns the customer's tier afterwards.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String applySpend(CustomerId id, Supplier<BigDecimal> spend) {
        Customer customer =
                customers.findForUpdate(id.value()).orElseThrow(() -> new NotFoundException("customer", id));
        String current = customer.toView().tier();
        boolean automatic =
                properties.tier(current).map(t -> t.minSpend() != null).orElse(true);
        String earned = properties
                .earnedBy(spend.get())
                .map(CustomerProperties.Tier::code)
                .orElse(current);
        if (automatic && !earned.equals(current)) {
            customer.assignTier(earned);
            auditTrail.record("TIER", "Customer", id, current + " → " + earned);
        }
        return customer.toView().tier();
    }

    // One-to-one service (一对一服务): every customer their own advisor.

    /** Who may be a customer's own advisor: the organisation's active service advisors, by name. */
    @PreAuthorize("isAuthenticated()")
    public List<StaffMember> advisors() {
        return organization.staffWithRole(Role.SERVICE_ADVISOR);
    }

    /** Gives the customer their own advisor, an active service advisor of the organisation; null takes theirs away. */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public CustomerView assignAdvisor(CustomerId id, @Nullable UserId advisorId) {
        Customer customer = find(id);
        if (advisorId != null) {
            requireAdvisor(advisorId, "advisorId");
        }
        customer.assignAdvisor(Identifier.valueOf(advisorId));
        customers.flush();
        auditTrail.record("ASSIGN_ADVISOR", "Customer", id, advisorId == null ? "-" : advisorId.toString());
        return customer.toView();
    }

    /** How many customers each advisor moved to, in the order they were named. */
    public record Handover(int moved, Map<UserId, Integer> perAdvisor) {}

    /**
     * Hands every active customer of {@code from} (of nobody: those without an advisor) over to the advisors in
     * {@code to}, each customer in name order to the one who then has the fewest: when someone leaves, or to give
     * every customer an advisor at once. All or nothing, in one transaction.
     */
    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public Handover handOver(@Nullable UserId from, List<UserId> to) {
        List<UserId> targets = to.stream().distinct().toList();
        if (targets.isEmpty()) {
            throw new InvalidInputException("toAdvisorIds", "customer.handoverNobody");
        }
        if (from != null && targets.contains(from)) {
            throw new InvalidInputException("toAdvisorIds", "customer.handoverToSelf");
        }
        targets.forEach(target -> requireAdvisor(target, "toAdvisorIds"));
        Map<UUID, Long> load = new HashMap<>();
        for (Object[] row : customers.countByAdvisor()) {
            if (row[0] != null) {
                load.put((UUID) row[0], (Long) row[1]);
            }
        }
        Map<UserId, Integer> moved = new LinkedHashMap<>();
        targets.forEach(target -> moved.put(target, 0));
        List<UUID> ids = from == null ? customers.idsWithoutAdvisor() : customers.idsOfAdvisor(from.value());
        for (int start = 0; start < ids.size(); start += HANDOVER_CHUNK) {
            List<UUID> chunk = ids.subList(start, Math.min(ids.size(), start + HANDOVER_CHUNK));
            Map<UUID, Customer> byId =
                    customers.findAllById(chunk).stream().collect(Collectors.toMap(Customer::id, customer -> customer));
            for (UUID id : chunk) {
                UserId target = targets.stream()
                        .min(Comparator.comparingLong(advisor -> load.getOrDefault(advisor.value(), 0L)))
                        .orElseThrow();
                byId.get(id).assignAdvisor(target.value());
                load.merge(target.value(), 1L, Long::sum);
                moved.merge(target, 1, Integer::sum);
            }
            customers.flush();
        }
        auditTrail.record(
                "HAND_OVER",
                "Customer",
                from == null ? "-" : from.toString(),
                ids.size() + " → " + targets.stream().map(UserId::toString).collect(Collectors.joining(", ")));
        return new Handover(ids.size(), moved);
    }

    /**
     * The advisors with their number of customers: every active service advisor (none too), whoever else still has
     * customers (marked unavailable), and first the customers without an advisor.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AdvisorLoad> advisorLoads() {
        Map<UUID, Long> counts = new HashMap<>();
        long unassigned = 0;
        for (Object[] row : customers.countByAdvisor()) {
            if (row[0] == null) {
                unassigned = (Long) row[1];
            } else {
                counts.put((UUID) row[0], (Long) row[1]);
            }
        }
        List<AdvisorLoad> loads = new ArrayList<>();
        loads.add(new AdvisorLoad(null, null, false, unassigned));
        Set<UUID> listed = new HashSet<>();
        for (StaffMember advisor : advisors()) {
            listed.add(advisor.id().value());
            loads.add(new AdvisorLoad(
                    advisor.id(),
                    advisor.displayName(),
                    true,
                    counts.getOrDefault(advisor.id().value(), 0L)));
        }
        List<UserId> others = counts.keySet().stream()
                .filter(id -> !listed.contains(id))
                .map(UserId::new)
                .toList();
        organization.staff(others).stream()
                .sorted(Comparator.comparing(StaffMember::displayName))
                .forEach(member -> loads.add(new AdvisorLoad(
                        member.id(),
                        member.displayName(),
                        false,
                        counts.get(member.id().value()))));
        return loads;
    }

    /** One advisor's active customers, by name unless sorted otherwise. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PagedResult<CustomerView> ofAdvisor(
            UserId advisorId, @Nullable Integer page, @Nullable Integer size, @Nullable String sort) {
        var request = Paging.request(page, size, sort, SORTS, Sort.by("nameLower", "id"));
        return PagedResult.of(customers.findByAdvisor(advisorId.value(), request), Customer::toView);
    }

    /**
     * The customer's own advisor when they can serve the customer at this store: an active service advisor who works
     * there. Reception, follow-ups and reminders go to them by default.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<StaffMember> advisorAt(CustomerId customerId, StoreId storeId) {
        // A scalar query: no customer is loaded, so that a later lock of the same customer in the transaction (spend
        // on delivery) does not meet a stale copy.
        return customers.advisorsOf(List.of(customerId.value())).stream()
                .map(row -> new UserId((UUID) row[1]))
                .findFirst()
                .flatMap(advisor -> organization.staff(List.of(advisor)).stream()
                        .filter(member -> member.advisesAt(storeId))
                        .findFirst());
    }

    private void requireAdvisor(UserId id, String field) {
        boolean advisor = organization.staff(List.of(id)).stream().anyMatch(StaffMember::advises);
        if (!advisor) {
            throw new InvalidInputException(field, "customer.notAnAdvisor");
        }
    }

    /**
     * The active customers of any of these tiers, with any of these tags, with an address in this region (a code
     * prefix); an empty set or a null region does not narrow. For segments.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<CustomerId> idsMatching(Set<String> tiers, Set<String> tags, @Nullable String regionPrefix) {
        List<String> anyTier = tiers.isEmpty() ? List.of("-") : List.copyOf(tiers);
        List<String> anyTag = tags.isEmpty() ? List.of("-") : List.copyOf(tags);
        String region = regionPrefix == null || regionPrefix.isBlank() ? "" : regionPrefix.trim() + "%";
        return customers.idsMatching(!tiers.isEmpty(), anyTier, !tags.isEmpty(), anyTag, region).stream()
                .map(CustomerId::new)
                .collect(Collectors.toSet());
    }

    /** Active customers born on this day of the year, with their consents, for birthday greetings. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CustomerView> bornOn(MonthDay day) {
        return customers.findByBirthdayMonthDay(day.getMonthValue() * 100 + day.getDayOfMonth()).stream()
                .map(Customer::toView)
                .toList();
    }

    /** A page of active customers who agreed to marketing by some channel, for holiday greetings. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PagedResult<CustomerView> consenting(int page, int size) {
        return PagedResult.of(customers.findConsenting(PageRequest.of(page, size, Sort.by("id"))), Customer::toView);
    }

    private void describe(Customer customer, CustomerDetails details, List<PhoneNumber> phones) {
        String tier = details.tier() == null || details.tier().isBlank()
                ? customer.tier()
                : details.tier().trim().toUpperCase(Locale.ROOT);
        if (properties.tier(tier).isEmpty() && !tier.equals(customer.tier())) {
            throw new InvalidInputException("tier", "customer.unknownTier", details.tier());
        }
        if (!tier.equals(customer.tier()) && !mayGrantTiers(CurrentUser.require())) {
            // A tier carries a labour discount: only the front desk and managers give one.
            throw new InvalidInputException("tier", "customer.tierNotYours");
        }
        List<Address> addresses = new ArrayList<>();
        for (NewAddress address : details.addresses() == null ? List.<NewAddress>of() : details.addresses()) {
            Regions.Path path = regions.path(address.regionCode().trim())
                    .orElseThrow(() ->
                            new InvalidInputException("addresses", "address.unknownRegion", address.regionCode()));
            addresses.add(new Address(path, address.detail()));
        }
        customer.replaceAddresses(addresses);
        customer.retag(details.tags() == null ? List.of() : details.tags());
        customer.describe(
                details.type(),
                details.name(),
                phones,
                details.email(),
                details.wechatId(),
                details.source(),
                tier,
                details.notes(),
                details.birthday());
    }

    private static boolean mayGrantTiers(SignedInUser user) {
        return user.isManager() || user.hasRole(Role.SERVICE_ADVISOR);
    }

    private List<DuplicateCustomer> duplicatesOf(List<PhoneNumber> phones) {
        List<String> numbers = phones.stream().map(PhoneNumber::e164).toList();
        List<DuplicateCustomer> duplicates = new ArrayList<>();
        for (Customer existing : customers.findByPhoneNumbers(numbers)) {
            existing.phoneNumbers().stream()
                    .filter(numbers::contains)
                    .findFirst()
                    .ifPresent(number -> duplicates.add(new DuplicateCustomer(
                            new CustomerId(existing.id()), existing.name(), new PhoneNumber(number).display())));
        }
        return duplicates;
    }

    private static List<PhoneNumber> parsePhones(List<String> raw) {
        List<PhoneNumber> phones = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String value = raw.get(i);
            if (value == null || value.isBlank()) {
                continue;
            }
            phones.add(PhoneNumber.parse(value)
                    .orElseThrow(() -> new InvalidInputException("phones", "customer.invalidPhone", value)));
        }
        if (phones.isEmpty()) {
            throw new InvalidInputException("phones", "customer.phoneRequired");
        }
        return phones;
    }

    private Customer find(CustomerId id) {
        return customers.findById(id.value()).orElseThrow(() -> new NotFoundException("customer", id));
    }
}
