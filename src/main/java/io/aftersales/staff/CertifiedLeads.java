package io.aftersales.staff;

import io.aftersales.shared.Labels;
import io.aftersales.shared.UserId;
import io.aftersales.workorder.LeadQualification;
import io.aftersales.workorder.ServiceType;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Dispatch asks here whether a lead technician holds the certificate the job's service type requires. */
@Component
class CertifiedLeads implements LeadQualification {

    private final Certifications certifications;
    private final Labels labels;

    CertifiedLeads(Certifications certifications, Labels labels) {
        this.certifications = certifications;
        this.labels = labels;
    }

    @Override
    public Optional<String> missing(UserId technician, ServiceType serviceType, LocalDate day) {
        Skill required = certifications.required(serviceType);
        if (required == null || certifications.holds(technician, required, day)) {
            return Optional.empty();
        }
        return Optional.of(labels.text("staff.skill." + required));
    }
}
