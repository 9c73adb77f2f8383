package io.aftersales.workorder;

import io.aftersales.shared.domain.DomainException;

/**
 * The lead technician lacks the certificate the job requires (409 {@code lead-not-certified}, on the field
 * {@code leadTechnicianId}): a manager may dispatch anyway with {@code overrideReason}.
 */
public class LeadNotCertifiedException extends DomainException {

    LeadNotCertifiedException(String messageKey, String skill) {
        super("lead-not-certified", "leadTechnicianId", messageKey, skill);
    }
}
