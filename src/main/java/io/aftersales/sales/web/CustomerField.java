package io.aftersales.sales.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomerView;
import io.aftersales.shared.domain.InvalidInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The customer of a sales form, typed as a name, part of one, or a phone number (or its last four digits): it must
 * name exactly one active customer, or one of several whose name is exactly what was typed.
 */
@Component
class CustomerField {

    private final CustomerManagement customers;

    CustomerField(CustomerManagement customers) {
        this.customers = customers;
    }

    CustomerId resolve(@Nullable String typed, String field) {
        if (Typed.blank(typed)) {
            throw new InvalidInputException(field, "sales.required");
        }
        String text = typed.trim();
        List<CustomerView> found = customers.lookUp(text, 5);
        if (found.size() == 1) {
            return found.get(0).id();
        }
        List<CustomerView> exact =
                found.stream().filter(c -> c.name().equals(text)).toList();
        if (exact.size() == 1) {
            return exact.get(0).id();
        }
        throw new InvalidInputException(field, found.isEmpty() ? "sales.customerNotFound" : "sales.customerAmbiguous");
    }

    /** The name to show in the field for a customer given by ID (from a link on the customer's page). */
    String nameOf(CustomerId id) {
        return customers.nameOf(id);
    }
}
