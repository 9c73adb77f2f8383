package io.aftersales.planning;

import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedLinks;
import io.aftersales.shared.security.SystemUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's own booking page (/book/{token}): a signed link that names the organisation and the customer, made
 * by the desk to send them. Whoever holds it books for that customer's vehicles only, until it expires; a changed or
 * expired link is simply not found.
 */
@Service
public class BookingLinks {

    private final SignedLinks links;
    private final CustomerManagement customers;
    private final PlanningProperties properties;
    private final AuditTrail auditTrail;
    private final Clock clock;

    BookingLinks(
            SignedLinks links,
            CustomerManagement customers,
            PlanningProperties properties,
            AuditTrail auditTrail,
            Clock clock) {
        this.links = links;
        this.customers = customers;
        this.properties = properties;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public BookingLink link(CustomerId customerId) {
        if (!customers.isActive(customerId)) {
            throw new NotFoundException("customer", customerId);
        }
        Instant expiresAt = clock.instant().plus(properties.bookingLinkTtl());
        String token = links.sign(
                SignedLinks.Purpose.BOOKING,
                CurrentUser.require().organizationId().value(),
                customerId.value(),
                expiresAt);
        auditTrail.record("BOOKING_LINK", "Customer", customerId, null);
        return new BookingLink(properties.publicBaseUrl() + "/book/" + token, expiresAt);
    }

    /**
     * Runs work for the customer a link names, as the system inside the link's organisation (outside any
     * transaction: the work's own transaction opens in that organisation). A changed or expired link is 404.
     */
    public <T> T as(String token, Function<CustomerId, T> work) {
        SignedLinks.Claims claims = links.verify(SignedLinks.Purpose.BOOKING, token)
                .filter(c -> clock.instant().isBefore(c.expiresAt()))
                .orElseThrow(() -> new NotFoundException("bookingLink", token));
        return SystemUser.callAs(
                new OrganizationId(claims.organizationId()),
                List.of(),
                () -> work.apply(new CustomerId(claims.subjectId())));
    }
}
