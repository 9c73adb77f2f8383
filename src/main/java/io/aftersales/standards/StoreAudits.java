package io.aftersales.standards;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.Image;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DuplicateException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.standards.domain.AuditPhoto;
import io.aftersales.standards.domain.AuditPhotoRepository;
import io.aftersales.standards.domain.Checklist;
import io.aftersales.standards.domain.ChecklistRepository;
import io.aftersales.standards.domain.CorrectiveAction;
import io.aftersales.standards.domain.CorrectiveActionRepository;
import io.aftersales.standards.domain.StoreAudit;
import io.aftersales.standards.domain.StoreAuditRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits of the stores against the organisation's checklists (5S, etiquette, SOP): managers and HQ write checklists
 * and record audits; each failed item opens a corrective action for its owner with a deadline; the owner (or a
 * manager) closes it with what was done. The execution rate of a store in a month is the average score of its audits.
 */
@Service
public class StoreAudits {

    /** How long a corrective action is given when the auditor names no deadline. */
    public static final int CORRECTION_DAYS = 7;

    private static final long MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    private final ChecklistRepository checklists;
    private final StoreAuditRepository audits;
    private final CorrectiveActionRepository actions;
    private final AuditPhotoRepository photos;
    private final OrganizationManagement organization;
    private final AuditTrail auditTrail;
    private final Clock clock;

    StoreAudits(
            ChecklistRepository checklists,
            StoreAuditRepository audits,
            CorrectiveActionRepository actions,
            AuditPhotoRepository photos,
            OrganizationManagement organization,
            AuditTrail auditTrail,
            Clock clock) {
        this.checklists = checklists;
        this.audits = audits;
        this.actions = actions;
        this.photos = photos;
        this.organization = organization;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    // Checklists.

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<AuditChecklistView> checklists() {
        return checklists.findAllByOrderByName().stream().map(StoreAudits::view).toList();
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public AuditChecklistView checklist(ChecklistId id) {
        return view(findChecklist(id));
    }

    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public AuditChecklistView createChecklist(AuditChecklistRequest request) {
        if (checklists.existsByName(request.name().trim())) {
            throw new DuplicateException("name", "checklist.duplicateName");
        }
        Checklist checklist = checklists.saveAndFlush(new Checklist(
                CurrentUser.require().organizationId().value(),
                request.name(),
                request.area(),
                request.items(),
                request.active()));
        auditTrail.record("CREATE", "Checklist", checklist.id(), checklist.name());
        return view(checklist);
    }

    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public AuditChecklistView updateChecklist(ChecklistId id, long version, AuditChecklistRequest request) {
        Checklist checklist = findChecklist(id);
        StaleVersionException.check(version, checklist.version());
        if (!checklist.name().equals(request.name().trim())
                && checklists.existsByName(request.name().trim())) {
            throw new DuplicateException("name", "checklist.duplicateName");
        }
        checklist.change(request.name(), request.area(), request.items(), request.active());
        checklists.flush();
        auditTrail.record("UPDATE", "Checklist", id, checklist.name());
        return view(checklist);
    }

    // Audits.

    /**
     * Records an audit of a store the user sees: one result per item of the checklist, a failed item with a note. Each
     * failed item opens a corrective action, all in one transaction.
     */
    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public StoreAuditView record(NewStoreAudit request) {
        StoreView store = organization.visibleStore(request.storeId());
        Checklist checklist = findChecklist(request.checklistId());
        if (!checklist.active()) {
            throw new InvalidInputException("checklistId", "storeAudit.checklistInactive");
        }
        List<AuditItem> items = checklist.items();
        if (request.results().size() != items.size()) {
            throw new InvalidInputException("results", "storeAudit.resultPerItem", items.size());
        }
        LocalDate today = today(request.storeId());
        LocalDate day = request.auditedOn() == null ? today : request.auditedOn();
        if (day.isAfter(today)) {
            throw new InvalidInputException("auditedOn", "storeAudit.inTheFuture");
        }
        UserId defaultOwner = defaultOwner(request.storeId());
        List<StoreAudit.Result> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            NewStoreAudit.ItemResult result = request.results().get(i);
            if (!result.passed()) {
                if (result.note() == null || result.note().isBlank()) {
                    throw new InvalidInputException("results[" + i + "].note", "storeAudit.noteRequired", i + 1);
                }
                if (result.ownerId() != null && !worksAt(result.ownerId(), request.storeId())) {
                    throw new InvalidInputException("results[" + i + "].ownerId", "storeAudit.ownerNotAtStore");
                }
                if (result.deadline() != null && result.deadline().isBefore(day)) {
                    throw new InvalidInputException("results[" + i + "].deadline", "storeAudit.deadlineBeforeAudit");
                }
            }
            results.add(
                    new StoreAudit.Result(items.get(i).text(), items.get(i).weight(), result.passed(), result.note()));
        }
        SignedInUser user = CurrentUser.require();
        StoreAudit audit = audits.saveNew(new StoreAudit(
                user.organizationId().value(),
                store.id().value(),
                checklist,
                day,
                user.userId().value(),
                request.note(),
                results,
                clock.instant()));
        for (int i = 0; i < items.size(); i++) {
            NewStoreAudit.ItemResult result = request.results().get(i);
            if (!result.passed()) {
                actions.save(new CorrectiveAction(
                        user.organizationId().value(),
                        store.id().value(),
                        audit.id(),
                        items.get(i).text(),
                        result.note() == null ? "" : result.note().trim(),
                        (result.ownerId() == null ? defaultOwner : result.ownerId()).value(),
                        result.deadline() == null ? day.plusDays(CORRECTION_DAYS) : result.deadline()));
            }
        }
        actions.flush();
        auditTrail.record("RECORD", "StoreAudit", audit.id(), checklist.name() + " " + audit.score());
        return view(audit);
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public PagedResult<StoreAuditView> search(
            @Nullable StoreId storeId, @Nullable AuditArea area, @Nullable Integer page, @Nullable Integer size) {
        Page<StoreAudit> found = audits.search(
                Identifier.valueOf(storeId),
                area,
                Paging.request(page, size, 25).withSort(Sort.by(Sort.Direction.DESC, "auditedOn", "createdAt")));
        List<StoreAuditView> views = views(found.getContent());
        return new PagedResult<>(views, found.getNumber(), found.getSize(), found.getTotalElements());
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public StoreAuditView get(StoreAuditId id) {
        return view(findAudit(id));
    }

    /** A photo of what the auditor saw: JPEG, PNG or WebP up to 5 MB, by managers. */
    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public AuditPhotoId addPhoto(StoreAuditId id, @Nullable String caption, byte[] data) {
        StoreAudit audit = findAudit(id);
        String type = Image.typeOf(data);
        if (type == null) {
            throw new InvalidInputException("photo", "workOrder.photoType");
        }
        if (data.length > MAX_PHOTO_BYTES) {
            throw new InvalidInputException("photo", "workOrder.photoSize");
        }
        AuditPhoto photo = photos.save(new AuditPhoto(
                CurrentUser.require().organizationId().value(), audit.id(), caption, type, data, clock.instant()));
        auditTrail.record("ADD_PHOTO", "StoreAudit", id, caption);
        return new AuditPhotoId(photo.id());
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public Image photo(StoreAuditId id, AuditPhotoId photoId) {
        StoreAudit audit = findAudit(id);
        AuditPhoto photo = photos.findById(photoId.value())
                .filter(p -> p.storeAuditId().equals(audit.id()))
                .orElseThrow(() -> new NotFoundException("photo", photoId));
        return new Image(photo.contentType(), photo.data());
    }

    // Corrective actions.

    /** Corrective actions, earliest deadline first; {@code mine} keeps the user's own, {@code overdue} the late. */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public PagedResult<CorrectiveActionView> actions(
            @Nullable StoreId storeId,
            @Nullable ActionStatus status,
            boolean mine,
            boolean overdue,
            @Nullable Integer page,
            @Nullable Integer size) {
        SignedInUser user = CurrentUser.require();
        Page<CorrectiveAction> found = actions.search(
                Identifier.valueOf(storeId),
                overdue ? ActionStatus.OPEN : status,
                mine ? user.userId().value() : null,
                overdue ? today(storeId) : null,
                Paging.request(page, size, 25).withSort(Sort.by("deadline", "item")));
        Map<UserId, String> names = organization.namesOf(
                found.stream().map(a -> new UserId(a.ownerId())).collect(Collectors.toSet()));
        return PagedResult.of(found, a -> view(a, names));
    }

    /**
     * The owner, or a manager, says what was done and on which day (today when left out; not in the future, not before
     * the audit).
     */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional
    public CorrectiveActionView close(CorrectiveActionId id, long version, String note, @Nullable LocalDate doneOn) {
        CorrectiveAction action =
                actions.findById(id.value()).orElseThrow(() -> new NotFoundException("correctiveAction", id));
        SignedInUser user = CurrentUser.require();
        if (!user.isManager() && !action.ownerId().equals(user.userId().value())) {
            throw new AccessDeniedException("not the owner");
        }
        StaleVersionException.check(version, action.version());
        LocalDate today = today(new StoreId(action.storeId()));
        LocalDate day = doneOn == null ? today : doneOn;
        if (day.isAfter(today)
                || day.isBefore(
                        findAudit(new StoreAuditId(action.storeAuditId())).auditedOn())) {
            throw new InvalidInputException("doneOn", "correctiveAction.doneOnOutOfRange");
        }
        action.done(note, user.userId().value(), day);
        actions.flush();
        auditTrail.record("CLOSE", "CorrectiveAction", id, note);
        return view(action, organization.namesOf(Set.of(new UserId(action.ownerId()))));
    }

    // Execution rate.

    /**
     * Each store the user sees, each month from {@code from} to {@code to}: audits, their average score, the actions
     * they raised and how many were done by the deadline. Months without audits have no average.
     */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ExecutionRate> rates(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "storeAudit.rangeReversed");
        }
        if (from.plusMonths(36).isBefore(to)) {
            throw new InvalidInputException("from", "storeAudit.rangeTooLong");
        }
        List<StoreAudit> inRange = audits.findByAuditedOnBetween(from.atDay(1), to.atEndOfMonth());
        Map<UUID, List<CorrectiveAction>> raised =
                actions
                        .findByStoreAuditIdIn(
                                inRange.stream().map(StoreAudit::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(CorrectiveAction::storeAuditId));
        List<StoreView> stores = organization.visibleStores();
        List<ExecutionRate> rates = new ArrayList<>();
        for (StoreView store : stores) {
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                YearMonth m = month;
                List<StoreAudit> of = inRange.stream()
                        .filter(a -> a.storeId().equals(store.id().value())
                                && YearMonth.from(a.auditedOn()).equals(m))
                        .toList();
                List<CorrectiveAction> its = of.stream()
                        .flatMap(a -> raised.getOrDefault(a.id(), List.of()).stream())
                        .toList();
                BigDecimal average = of.isEmpty()
                        ? null
                        : of.stream()
                                .map(StoreAudit::score)
                                .reduce(BigDecimal.ZERO, BigDecimal::add)
                                .divide(BigDecimal.valueOf(of.size()), 1, RoundingMode.HALF_UP);
                int onTime = (int) its.stream()
                        .filter(a -> a.doneOn() != null && !a.doneOn().isAfter(a.deadline()))
                        .count();
                rates.add(new ExecutionRate(store.id(), store.name(), m, of.size(), average, its.size(), onTime));
            }
        }
        return rates;
    }

    private UserId defaultOwner(StoreId storeId) {
        List<StaffMember> staff = organization.staffOf(storeId);
        return staff.stream()
                .filter(s -> s.roles().contains(Role.STORE_MANAGER))
                .map(StaffMember::id)
                .findFirst()
                .orElse(CurrentUser.require().userId());
    }

    private boolean worksAt(UserId userId, StoreId storeId) {
        return organization.staff(List.of(userId)).stream().anyMatch(s -> s.active() && s.worksAt(storeId));
    }

    private LocalDate today(@Nullable StoreId storeId) {
        return LocalDate.now(clock.withZone(organization.zoneOf(storeId)));
    }

    private StoreAuditView view(StoreAudit audit) {
        return views(List.of(audit)).get(0);
    }

    /** The audits as shown, with their actions, photos and people read for all of them at once. */
    private List<StoreAuditView> views(List<StoreAudit> audits) {
        if (audits.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = audits.stream().map(StoreAudit::id).toList();
        Map<UUID, List<CorrectiveAction>> raised = actions.findByStoreAuditIdIn(ids).stream()
                .sorted(Comparator.comparing(CorrectiveAction::deadline))
                .collect(Collectors.groupingBy(CorrectiveAction::storeAuditId));
        Map<UUID, List<AuditPhotoId>> photoIds = new HashMap<>();
        for (Object[] row : photos.idsOfAudits(ids)) {
            photoIds.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(new AuditPhotoId((UUID) row[1]));
        }
        Set<UserId> people = new HashSet<>();
        audits.forEach(a -> people.add(new UserId(a.auditorId())));
        raised.values().forEach(list -> list.forEach(a -> people.add(new UserId(a.ownerId()))));
        Map<UserId, String> names = organization.namesOf(people);
        return audits.stream()
                .map(audit -> view(
                        audit,
                        raised.getOrDefault(audit.id(), List.of()),
                        photoIds.getOrDefault(audit.id(), List.of()),
                        names))
                .toList();
    }

    private StoreAuditView view(
            StoreAudit audit, List<CorrectiveAction> raised, List<AuditPhotoId> photoIds, Map<UserId, String> names) {
        List<StoreAudit.Result> results = audit.results();
        return new StoreAuditView(
                new StoreAuditId(audit.id()),
                new StoreId(audit.storeId()),
                new ChecklistId(audit.checklistId()),
                audit.checklistName(),
                audit.area(),
                audit.auditedOn(),
                new UserId(audit.auditorId()),
                names.getOrDefault(new UserId(audit.auditorId()), ""),
                audit.score(),
                (int) results.stream().filter(StoreAudit.Result::passed).count(),
                results.size(),
                audit.note(),
                audit.createdAt(),
                results.stream()
                        .map(r -> new StoreAuditView.Result(r.text(), r.weight(), r.passed(), r.note()))
                        .toList(),
                photoIds,
                raised.stream().map(a -> view(a, names)).toList());
    }

    private CorrectiveActionView view(CorrectiveAction action, Map<UserId, String> names) {
        UserId owner = new UserId(action.ownerId());
        return new CorrectiveActionView(
                new CorrectiveActionId(action.id()),
                new StoreAuditId(action.storeAuditId()),
                new StoreId(action.storeId()),
                action.item(),
                action.problem(),
                owner,
                names.getOrDefault(owner, ""),
                action.deadline(),
                action.status(),
                action.overdue(today(new StoreId(action.storeId()))),
                action.doneNote(),
                action.doneOn(),
                action.version());
    }

    private static AuditChecklistView view(Checklist checklist) {
        return new AuditChecklistView(
                new ChecklistId(checklist.id()),
                checklist.name(),
                checklist.area(),
                checklist.items(),
                checklist.active(),
                checklist.version());
    }

    private Checklist findChecklist(ChecklistId id) {
        return checklists.findById(id.value()).orElseThrow(() -> new NotFoundException("checklist", id));
    }

    private StoreAudit findAudit(StoreAuditId id) {
        return audits.findById(id.value()).orElseThrow(() -> new NotFoundException("storeAudit", id));
    }
}
