package io.aftersales.feedback;

import io.aftersales.asset.AssetManagement;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomerView;
import io.aftersales.feedback.domain.CampaignRepository;
import io.aftersales.feedback.domain.Segment;
import io.aftersales.feedback.domain.SegmentRepository;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.Labels;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.DuplicateException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer segments (细分市场): named rules over what the customer, asset, work-order and feedback modules know of a
 * customer, counted live. Each criterion is one query for the IDs it selects; the segment is their intersection,
 * taken among the active customers of the organisation.
 */
@Service
public class Segments {

    private final SegmentRepository segments;
    private final CampaignRepository campaigns;
    private final CustomerManagement customers;
    private final AssetManagement assets;
    private final OrganizationManagement organization;
    private final JdbcTemplate jdbc;
    private final AuditTrail auditTrail;
    private final Labels labels;
    private final Clock clock;

    Segments(
            SegmentRepository segments,
            CampaignRepository campaigns,
            CustomerManagement customers,
            AssetManagement assets,
            OrganizationManagement organization,
            JdbcTemplate jdbc,
            AuditTrail auditTrail,
            Labels labels,
            Clock clock) {
        this.segments = segments;
        this.campaigns = campaigns;
        this.customers = customers;
        this.assets = assets;
        this.organization = organization;
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.labels = labels;
        this.clock = clock;
    }

    /** The organisation's segments by name, each with its count now. */
    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional(readOnly = true)
    public List<SegmentView> list() {
        return segments.findAllByOrderByName().stream().map(this::view).toList();
    }

    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional(readOnly = true)
    public SegmentView get(SegmentId id) {
        return view(find(id));
    }

    /** How many customers a rule selects now, before it is saved. */
    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional(readOnly = true)
    public long count(SegmentRule rule) {
        check(rule);
        return members(rule).size();
    }

    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public SegmentView create(String name, SegmentRule rule) {
        check(rule);
        requireUniqueName(name, new UUID(0, 0));
        Segment segment = new Segment(CurrentUser.require().organizationId().value(), name, rule, clock.instant());
        segments.saveAndFlush(segment);
        auditTrail.record("CREATE", "Segment", segment.id(), segment.name());
        return view(segment);
    }

    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public SegmentView update(SegmentId id, long version, String name, SegmentRule rule) {
        Segment segment = find(id);
        StaleVersionException.check(version, segment.version());
        check(rule);
        requireUniqueName(name, id.value());
        segment.change(name, rule);
        segments.flush();
        auditTrail.record("UPDATE", "Segment", id, segment.name());
        return view(segment);
    }

    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public void delete(SegmentId id) {
        Segment segment = find(id);
        if (campaigns.existsBySegmentIdAndStatusIn(
                segment.id(), List.of(CampaignStatus.SCHEDULED, CampaignStatus.SENDING))) {
            throw new DomainException("in-use", "segment.inUse");
        }
        segments.delete(segment);
        auditTrail.record("DELETE", "Segment", id, segment.name());
    }

    /** A page of the segment's customers, newest first. */
    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional(readOnly = true)
    public PagedResult<CustomerView> customers(SegmentId id, @Nullable Integer page, @Nullable Integer size) {
        List<CustomerId> all = newestFirst(members(find(id).rule()));
        var request = Paging.request(page, size, 25);
        int from = (int) Math.min(all.size(), request.getOffset());
        int to = Math.min(all.size(), from + request.getPageSize());
        List<CustomerView> items = byIdOrder(all.subList(from, to));
        return new PagedResult<>(items, request.getPageNumber(), request.getPageSize(), all.size());
    }

    /** The segment's customers as an XLSX sheet: name, phones, tier, tags and the channels they consented to. */
    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional(readOnly = true)
    public void export(SegmentId id, OutputStream out) {
        Segment segment = find(id);
        List<CustomerId> all = newestFirst(members(segment.rule()));
        List<List<?>> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            for (CustomerView c : byIdOrder(all.subList(from, Math.min(all.size(), from + 1000)))) {
                rows.add(Arrays.asList(
                        c.name(),
                        String.join(", ", c.phones()),
                        labels.of("tier.", c.tier()),
                        String.join(", ", c.tags()),
                        String.join(
                                ", ",
                                c.consents().stream()
                                        .filter(consent -> consent.granted())
                                        .map(consent -> labels.of("consent.channel.", consent.channel()))
                                        .toList())));
            }
        }
        Spreadsheets.writeXlsx(
                out,
                segment.name(),
                labels.texts("customer.name", "customer.phones", "customer.tier", "customer.tags", "consent.title"),
                rows);
    }

    /** The segment's name without counting it; null once it is deleted. */
    @Nullable
    String nameOf(SegmentId id) {
        return segments.findById(id.value()).map(Segment::name).orElse(null);
    }

    /** The active customers a rule selects now. */
    Set<CustomerId> members(SegmentRule rule) {
        Set<CustomerId> ids = customers.idsMatching(
                new HashSet<>(rule.tierList()), new HashSet<>(rule.tagList()), regionPrefix(rule.regionCode()));
        if (hasText(rule.brand())
                || hasText(rule.model())
                || rule.minVehicleAge() != null
                || rule.maxVehicleAge() != null
                || rule.minMileage() != null
                || rule.maxMileage() != null) {
            ids.retainAll(assets.ownersMatching(
                    rule.brand(),
                    rule.model(),
                    rule.minVehicleAge(),
                    rule.maxVehicleAge(),
                    rule.minMileage(),
                    rule.maxMileage(),
                    today()));
        }
        UUID organizationId = CurrentUser.require().organizationId().value();
        Instant now = clock.instant();
        if (rule.lastVisitMaxDays() != null) {
            ids.retainAll(visitedSince(organizationId, now.minus(rule.lastVisitMaxDays(), ChronoUnit.DAYS)));
        }
        if (rule.lastVisitMinDays() != null) {
            ids.removeAll(visitedSince(organizationId, now.minus(rule.lastVisitMinDays(), ChronoUnit.DAYS)));
        }
        if (rule.minSpend() != null && rule.minSpend().signum() > 0) {
            ids.retainAll(ids(jdbc.queryForList(
                    "select customer_id from customer_spend where organization_id = ? and delivered_at >= ?"
                            + " group by customer_id having sum(amount) >= ?",
                    UUID.class,
                    organizationId,
                    Timestamp.from(now.minus(365, ChronoUnit.DAYS)),
                    rule.minSpend())));
        }
        if (rule.serviceDueDays() != null) {
            ids.retainAll(ids(jdbc.queryForList(
                    "select distinct customer_id from reminder where organization_id = ? and status = 'PENDING'"
                            + " and kind = 'MAINTENANCE' and due_on <= ?",
                    UUID.class,
                    organizationId,
                    java.sql.Date.valueOf(today().plusDays(rule.serviceDueDays())))));
        }
        return ids;
    }

    /** The segment's customers now, without counting it first. */
    Set<CustomerId> members(SegmentId id) {
        return members(find(id).rule());
    }

    /** Today in the zone of the user's current store. */
    private LocalDate today() {
        return LocalDate.now(
                clock.withZone(organization.zoneOf(CurrentStore.find().orElse(null))));
    }

    private Set<CustomerId> visitedSince(UUID organizationId, Instant since) {
        return ids(jdbc.queryForList(
                "select distinct customer_id from customer_spend where organization_id = ? and delivered_at >= ?",
                UUID.class,
                organizationId,
                Timestamp.from(since)));
    }

    private static Set<CustomerId> ids(List<UUID> raw) {
        Set<CustomerId> ids = new HashSet<>();
        raw.forEach(id -> ids.add(new CustomerId(id)));
        return ids;
    }

    /** IDs are time-ordered: the newest customers first. */
    private static List<CustomerId> newestFirst(Set<CustomerId> ids) {
        return ids.stream()
                .sorted(Comparator.comparing(CustomerId::value).reversed())
                .toList();
    }

    private List<CustomerView> byIdOrder(List<CustomerId> ids) {
        Map<CustomerId, Integer> position = new HashMap<>();
        ids.forEach(id -> position.put(id, position.size()));
        List<CustomerView> found = new ArrayList<>(customers.getAll(ids));
        found.sort(Comparator.comparing(c -> position.get(c.id())));
        return found;
    }

    private static void check(SegmentRule rule) {
        reversed(rule.minVehicleAge(), rule.maxVehicleAge(), "maxVehicleAge");
        reversed(rule.minMileage(), rule.maxMileage(), "maxMileage");
        if (rule.regionCode() != null
                && !rule.regionCode().isBlank()
                && !rule.regionCode().trim().matches("[0-9]{2,6}")) {
            throw new InvalidInputException("regionCode", "segment.badRegionCode");
        }
    }

    private static void reversed(@Nullable Integer min, @Nullable Integer max, String field) {
        if (min != null && max != null && min > max) {
            throw new InvalidInputException(field, "segment.rangeReversed");
        }
    }

    /** A region code as the prefix of those inside it: 310000 (Shanghai) is 31, 310100 is 3101. */
    private static @Nullable String regionPrefix(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String prefix = code.trim();
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private void requireUniqueName(String name, UUID id) {
        if (name.isBlank()) {
            throw new InvalidInputException("name", "segment.nameRequired");
        }
        if (segments.existsByNameAndIdNot(name.trim(), id)) {
            throw new DuplicateException("name", "segment.duplicateName", name.trim());
        }
    }

    private SegmentView view(Segment segment) {
        return new SegmentView(
                new SegmentId(segment.id()),
                segment.name(),
                segment.rule(),
                members(segment.rule()).size(),
                segment.createdAt(),
                segment.version());
    }

    private Segment find(SegmentId id) {
        return segments.findById(id.value()).orElseThrow(() -> new NotFoundException("segment", id));
    }
}
