package io.aftersales.sales;

import java.time.LocalDate;

/** One row of the fulfilment list: a contract line with its contract. */
public record FulfilmentRow(
        ContractId contractId,
        String contractNumber,
        String customerName,
        String repName,
        LocalDate signedOn,
        ContractLineView line) {}
