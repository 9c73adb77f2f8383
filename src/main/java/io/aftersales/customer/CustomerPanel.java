package io.aftersales.customer;

import org.jspecify.annotations.Nullable;

/**
 * A section of the customer page contributed by another module (assets now; work orders, follow-ups and
 * complaints later), so that the customer module does not depend on them.
 */
public interface CustomerPanel {

    /** Position on the page; lower first. */
    int order();

    /** Thymeleaf fragment that renders the section from the variable {@code panel}, e.g. {@code asset/panels :: assets}. */
    String fragment();

    /** What the fragment shows, for this customer; null when the reader may not see it (the fragment shows nothing). */
    @Nullable
    Object data(CustomerId customerId);
}
