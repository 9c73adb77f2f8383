package io.aftersales.customer;

/** An existing customer that shares a phone number with the one being created. */
public record DuplicateCustomer(CustomerId id, String name, String phone) {}
