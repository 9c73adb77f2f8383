package io.aftersales.customer;

import org.jspecify.annotations.Nullable;

/** A person at a company customer; the decision maker (负责人) is the one whose sign-off counts. */
public record ContactView(
        String name, @Nullable String position, @Nullable String phone, boolean decisionMaker, boolean technical) {}
