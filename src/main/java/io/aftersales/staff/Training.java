package io.aftersales.staff;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.staff.domain.TrainingStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training (培训): managers record a session of their store with its attendees, then each one's result. Passing a
 * session that trains a skill and names how long its certificate lasts records the certificate, which dispatch then
 * honours. Attendees see the sessions they were in.
 */
@Service
public class Training {

    private final TrainingStore store;
    private final Certifications certifications;
    private final OrganizationManagement organization;
    private final AuditTrail auditTrail;
    private final Clock clock;

    Training(
            TrainingStore store,
            Certifications certifications,
            OrganizationManagement organization,
            AuditTrail auditTrail,
            Clock clock) {
        this.store = store;
        this.certifications = certifications;
        this.organization = organization;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public TrainingSessionView record(NewTrainingSession request) {
        SignedInUser me = CurrentUser.require();
        StoreId storeId = organization.storeOrDefault(request.storeId());
        organization.visibleStore(storeId);
        Set<UserId> wanted = new LinkedHashSet<>(request.attendees());
        Set<UserId> here = organization.staffOf(storeId).stream()
                .filter(m -> m.active() && m.worksAt(storeId))
                .map(StaffMember::id)
                .collect(Collectors.toSet());
        if (!here.containsAll(wanted)) {
            throw new InvalidInputException("attendees", "training.notOfTheStore");
        }
        if (request.certificateMonths() != null && request.skill() == null) {
            throw new InvalidInputException("certificateMonths", "training.monthsWithoutSkill");
        }
        TrainingStore.Session session = new TrainingStore.Session(
                Ids.newId(),
                storeId.value(),
                request.title().trim(),
                request.skill(),
                request.heldOn(),
                request.trainer() == null || request.trainer().isBlank()
                        ? null
                        : request.trainer().trim(),
                request.hours(),
                request.certificateMonths());
        store.insert(
                me.organizationId().value(),
                session,
                wanted.stream().map(UserId::value).toList(),
                me.userId().value(),
                clock.instant());
        auditTrail.record("CREATE", "TrainingSession", session.id(), session.heldOn() + " " + session.title());
        return get(new TrainingSessionId(session.id()));
    }

    /**
     * Records attendees' results. A result other than pending or absent needs the session to have taken place; a
     * first pass of a session that trains a skill for a number of months records the certificate.
     */
    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public TrainingSessionView results(TrainingSessionId id, List<TrainingOutcome> outcomes) {
        TrainingStore.Session session = visible(id);
        Map<UUID, TrainingStore.Attendee> current =
                store.attendees(List.of(session.id())).getOrDefault(session.id(), List.of()).stream()
                        .collect(Collectors.toMap(TrainingStore.Attendee::personId, a -> a));
        LocalDate today = LocalDate.now(clock.withZone(organization.zoneOf(new StoreId(session.storeId()))));
        for (int i = 0; i < outcomes.size(); i++) {
            TrainingOutcome outcome = outcomes.get(i);
            if (!current.containsKey(outcome.personId().value())) {
                throw new InvalidInputException("[" + i + "].personId", "training.notAnAttendee");
            }
            if (session.heldOn().isAfter(today)
                    && outcome.result() != TrainingResult.PENDING
                    && outcome.result() != TrainingResult.ABSENT) {
                throw new InvalidInputException("[" + i + "].result", "training.notYetHeld");
            }
        }
        for (TrainingOutcome outcome : outcomes) {
            TrainingStore.Attendee before = current.get(outcome.personId().value());
            store.result(
                    session.id(),
                    new TrainingStore.Attendee(
                            outcome.personId().value(),
                            outcome.result(),
                            outcome.score(),
                            outcome.note() == null || outcome.note().isBlank()
                                    ? null
                                    : outcome.note().trim()));
            if (outcome.result() == TrainingResult.PASSED
                    && before.result() != TrainingResult.PASSED
                    && session.skill() != null
                    && session.certificateMonths() != null) {
                certifications.add(new NewCertification(
                        outcome.personId(),
                        session.skill(),
                        "TR-" + session.heldOn() + "-" + session.id().toString().substring(24),
                        session.heldOn(),
                        session.heldOn().plusMonths(session.certificateMonths()).minusDays(1),
                        session.title()));
            }
        }
        auditTrail.record("UPDATE", "TrainingSession", id, outcomes.toString());
        return get(id);
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public TrainingSessionView get(TrainingSessionId id) {
        return views(List.of(visible(id))).get(0);
    }

    /** A store's sessions, the latest first: all of them for managers, those they attended for anyone else. */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public PagedResult<TrainingSessionView> sessions(StoreId storeId, Pageable page) {
        organization.visibleStore(storeId);
        SignedInUser me = CurrentUser.require();
        UUID org = me.organizationId().value();
        UUID attendee = me.isManager() ? null : me.userId().value();
        return new PagedResult<>(
                views(store.sessions(org, storeId.value(), attendee, page.getOffset(), page.getPageSize())),
                page.getPageNumber(),
                page.getPageSize(),
                store.count(org, storeId.value(), attendee));
    }

    private TrainingStore.Session visible(TrainingSessionId id) {
        SignedInUser me = CurrentUser.require();
        TrainingStore.Session session = store.find(me.organizationId().value(), id.value())
                .filter(s -> me.canSeeStore(new StoreId(s.storeId())))
                .orElseThrow(() -> new NotFoundException("training session", id));
        if (!me.isManager()
                && store.attendees(List.of(session.id())).getOrDefault(session.id(), List.of()).stream()
                        .noneMatch(a -> a.personId().equals(me.userId().value()))) {
            throw new NotFoundException("training session", id);
        }
        return session;
    }

    private List<TrainingSessionView> views(List<TrainingStore.Session> sessions) {
        Map<UUID, List<TrainingStore.Attendee>> attendees =
                store.attendees(sessions.stream().map(TrainingStore.Session::id).toList());
        Set<UserId> people = attendees.values().stream()
                .flatMap(List::stream)
                .map(a -> new UserId(a.personId()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<UserId, String> names = organization.namesOf(people);
        return sessions.stream()
                .map(s -> new TrainingSessionView(
                        new TrainingSessionId(s.id()),
                        new StoreId(s.storeId()),
                        s.title(),
                        s.skill(),
                        s.heldOn(),
                        s.trainer(),
                        s.hours(),
                        s.certificateMonths(),
                        attendees.getOrDefault(s.id(), List.of()).stream()
                                .map(a -> new TrainingSessionView.Attendee(
                                        new UserId(a.personId()),
                                        names.getOrDefault(new UserId(a.personId()), ""),
                                        a.result(),
                                        a.score(),
                                        a.note()))
                                .sorted((x, y) -> x.personName().compareTo(y.personName()))
                                .toList()))
                .toList();
    }
}
