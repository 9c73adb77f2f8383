package io.aftersales.customer;

public enum CustomerType {
    PERSON,
    COMPANY
}
