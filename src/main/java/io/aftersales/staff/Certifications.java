package io.aftersales.staff;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.staff.domain.CertificationStore;
import io.aftersales.workorder.ServiceType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates (资质证书) per person and skill, and the skill each service type requires of its lead technician.
 * Managers record and remove the certificates of their stores' people; HQ and admins set the requirements for the
 * whole organisation; everyone else sees their own certificates.
 */
@Service
public class Certifications {

    /** Who sets what the organisation's service types require. */
    public static final String RULE_SETTERS = "hasAnyRole('ADMIN','HQ')";

    /** Days before its end a certificate shows as expiring. */
    static final int EXPIRING_DAYS = 30;

    private final CertificationStore store;
    private final OrganizationManagement organization;
    private final AuditTrail auditTrail;
    private final Clock clock;

    Certifications(CertificationStore store, OrganizationManagement organization, AuditTrail auditTrail, Clock clock) {
        this.store = store;
        this.organization = organization;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * The certificates of a store's people (a manager's view), or the caller's own for anyone who manages no store;
     * by person, skill and the latest first.
     */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<CertificationView> list(StoreId storeId) {
        organization.visibleStore(storeId);
        SignedInUser user = CurrentUser.require();
        List<StaffMember> people =
                user.isManager() ? organization.staffOf(storeId) : organization.staff(List.of(user.userId()));
        Map<UUID, StaffMember> byId =
                people.stream().collect(Collectors.toMap(m -> m.id().value(), Function.identity(), (a, b) -> a));
        LocalDate today = today();
        return store.of(user.organizationId().value(), byId.keySet()).stream()
                .map(row -> view(row, byId.get(row.personId()).displayName(), today))
                .sorted(Comparator.comparing(CertificationView::personName)
                        .thenComparing(CertificationView::skill)
                        .thenComparing(CertificationView::validUntil, Comparator.reverseOrder()))
                .toList();
    }

    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public CertificationView add(NewCertification request) {
        StaffMember person = visiblePerson(request.personId(), "personId");
        if (request.validUntil().isBefore(request.validFrom())) {
            throw new InvalidInputException("validUntil", "staff.untilBeforeFrom");
        }
        SignedInUser user = CurrentUser.require();
        CertificationStore.Row row = new CertificationStore.Row(
                Ids.newId(),
                request.personId().value(),
                request.skill(),
                request.number().trim(),
                request.validFrom(),
                request.validUntil(),
                request.note() == null || request.note().isBlank()
                        ? null
                        : request.note().trim());
        store.insert(
                user.organizationId().value(),
                row,
                clock.instant(),
                user.userId().value());
        auditTrail.record(
                "CREATE", "Certification", row.id(), person.displayName() + " " + row.skill() + " " + row.number());
        return view(row, person.displayName(), today());
    }

    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public void remove(CertificationId id) {
        UUID org = CurrentUser.require().organizationId().value();
        CertificationStore.Row row =
                store.find(org, id.value()).orElseThrow(() -> new NotFoundException("certification", id));
        StaffMember person = organization.staff(List.of(new UserId(row.personId()))).stream()
                .filter(this::visible)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("certification", id));
        store.delete(org, id.value());
        auditTrail.record("DELETE", "Certification", id, person.displayName() + " " + row.skill() + " " + row.number());
    }

    /** What each service type requires of its lead technician, every service type in order (null: nothing). */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<SkillRequirement> requirements() {
        Map<String, Skill> required =
                store.requirements(CurrentUser.require().organizationId().value());
        return Arrays.stream(ServiceType.values())
                .map(type -> new SkillRequirement(type, required.get(type.name())))
                .toList();
    }

    /** Sets what each given service type requires (null: nothing); the others stay as they are. */
    @PreAuthorize(RULE_SETTERS)
    @Transactional
    public List<SkillRequirement> require(List<SkillRequirement> requirements) {
        UUID org = CurrentUser.require().organizationId().value();
        requirements.forEach(r -> store.require(org, r.serviceType().name(), r.skill()));
        auditTrail.record("UPDATE", "SkillRequirement", org, requirements.toString());
        return requirements();
    }

    /** Whether the person holds a valid certificate of the skill on the day (for dispatch). */
    boolean holds(UserId person, Skill skill, LocalDate day) {
        return store.holds(CurrentUser.require().organizationId().value(), person.value(), skill, day);
    }

    @Nullable
    Skill required(ServiceType type) {
        return store.requirements(CurrentUser.require().organizationId().value())
                .get(type.name());
    }

    private StaffMember visiblePerson(UserId id, String field) {
        return organization.staff(List.of(id)).stream()
                .filter(this::visible)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "staff.unknownPerson"));
    }

    /** Someone of a store the caller sees. */
    private boolean visible(StaffMember member) {
        SignedInUser user = CurrentUser.require();
        return member.storeIds().stream().anyMatch(user::canSeeStore);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(organization.zoneOf(null)));
    }

    private static CertificationView view(CertificationStore.Row row, String name, LocalDate today) {
        boolean valid = !row.validFrom().isAfter(today) && !row.validUntil().isBefore(today);
        return new CertificationView(
                new CertificationId(row.id()),
                new UserId(row.personId()),
                Objects.requireNonNull(name),
                row.skill(),
                row.number(),
                row.validFrom(),
                row.validUntil(),
                row.note(),
                valid,
                valid && row.validUntil().isBefore(today.plusDays(EXPIRING_DAYS)));
    }
}
