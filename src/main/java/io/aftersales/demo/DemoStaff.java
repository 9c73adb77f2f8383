package io.aftersales.demo;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.staff.Certifications;
import io.aftersales.staff.NewCertification;
import io.aftersales.staff.Skill;
import io.aftersales.staff.SkillRequirement;
import io.aftersales.workorder.ServiceType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo's certificates: each technician trained on the brand, one also for air conditioning and one whose
 * high-voltage certificate has run out; warranty jobs require the brand training and installations the high-voltage
 * one, so that a manager can see dispatch refuse a lead and dispatch anyway with a reason.
 */
@Component
class DemoStaff {

    private final Certifications certifications;
    private final OrganizationManagement organization;
    private final Clock clock;

    DemoStaff(Certifications certifications, OrganizationManagement organization, Clock clock) {
        this.certifications = certifications;
        this.organization = organization;
        this.clock = clock;
    }

    void load(DemoOrganization.Loaded demo) {
        SystemUser.callAs(demo.organizationId(), demo.storeIds(), () -> {
            LocalDate today = LocalDate.now(
                    clock.withZone(organization.zoneOf(demo.storeIds().get(0))));
            int n = 0;
            for (StoreId store : demo.storeIds()) {
                for (StaffMember technician : organization.staffOf(store)) {
                    if (!technician.has(Role.TECHNICIAN) || !technician.worksAt(store)) {
                        continue;
                    }
                    n++;
                    certify(technician, Skill.BRAND, "PP-2025-" + (100 + n), today.minusYears(1), today.plusYears(2));
                    if (n % 2 == 1) {
                        certify(
                                technician,
                                Skill.AIR_CONDITIONING,
                                "KT-" + (300 + n),
                                today.minusMonths(8),
                                today.plusDays(20));
                    } else {
                        certify(
                                technician,
                                Skill.HIGH_VOLTAGE,
                                "GY-" + (500 + n),
                                today.minusYears(3),
                                today.minusDays(12));
                    }
                }
            }
            certifications.require(List.of(
                    new SkillRequirement(ServiceType.WARRANTY, Skill.BRAND),
                    new SkillRequirement(ServiceType.INSTALLATION, Skill.HIGH_VOLTAGE)));
            return null;
        });
    }

    private void certify(StaffMember person, Skill skill, String number, LocalDate from, LocalDate until) {
        certifications.add(new NewCertification(person.id(), skill, number, from, until, null));
    }
}
