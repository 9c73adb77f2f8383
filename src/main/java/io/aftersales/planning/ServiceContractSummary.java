package io.aftersales.planning;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import io.aftersales.workorder.ServiceType;
import java.time.LocalDate;

/** A contract in a list: whose, which period, how often visited, how many assets. */
public record ServiceContractSummary(
        ServiceContractId id,
        StoreId storeId,
        CustomerId customerId,
        String customerName,
        String number,
        String title,
        LocalDate startsOn,
        LocalDate endsOn,
        int visitEveryMonths,
        ServiceType visitType,
        int assets,
        boolean current) {}
