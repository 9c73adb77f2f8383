package io.aftersales.workorder;

import io.aftersales.shared.UserId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a lead technician must hold for a kind of job, answered by the module that keeps certifications (staff) so
 * that the work order need not know it (as {@link WorkshopStock} for parts). Without an answering module nothing is
 * required.
 */
public interface LeadQualification {

    /**
     * The skill (as the user reads it) that the service type requires and the technician holds no valid certificate
     * of on the day; empty when nothing is missing.
     */
    Optional<String> missing(UserId technician, ServiceType serviceType, LocalDate day);
}
