package io.aftersales.planning;

/** A visit on the contract's schedule, or a call (a breakdown reported) under its SLA. */
public enum ContractWorkKind {
    VISIT,
    CALL
}
