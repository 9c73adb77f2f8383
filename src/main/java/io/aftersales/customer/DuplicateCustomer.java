package io.aftersales.customer;

import java.util.UUID;

/** An existing customer that shares a phone number with the one being created. */
public record DuplicateCustomer(UUID id, String name, String phone) {}
