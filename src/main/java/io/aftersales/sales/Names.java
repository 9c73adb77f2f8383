package io.aftersales.sales;

import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomerView;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The names of the customers and people that sales records refer to by ID, for a page of them in two look-ups. */
@Component
class Names {

    private final CustomerManagement customers;
    private final OrganizationManagement organization;

    Names(CustomerManagement customers, OrganizationManagement organization) {
        this.customers = customers;
        this.organization = organization;
    }

    Map<UUID, String> customers(Collection<UUID> ids) {
        return customers.getAll(ids.stream().distinct().map(CustomerId::new).toList()).stream()
                .collect(Collectors.toMap(c -> c.id().value(), CustomerView::name, (a, b) -> a));
    }

    Map<UUID, String> people(Collection<@Nullable UUID> ids) {
        return organization
                .namesOf(ids.stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .map(UserId::new)
                        .toList())
                .entrySet()
                .stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
    }

    /** The customer, checked to exist in the caller's organisation (404 otherwise). */
    String customer(CustomerId id) {
        return customers.nameOf(id);
    }

    /** The rep: the one given, checked to be a member of the organisation (404 otherwise), or the caller. */
    UUID rep(@Nullable UserId asked, UserId me) {
        if (asked == null || asked.equals(me)) {
            return me.value();
        }
        if (organization.namesOf(List.of(asked)).isEmpty()) {
            throw new NotFoundException("user", asked);
        }
        return asked.value();
    }
}
