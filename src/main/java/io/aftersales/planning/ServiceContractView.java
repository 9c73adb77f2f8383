package io.aftersales.planning;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import io.aftersales.workorder.ServiceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract with its covered assets, its visits and calls, and what its work orders have used of what it includes:
 * labour hours (labour lines not declined) and parts (part lines not declined, before tax).
 */
public record ServiceContractView(
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
        int responseHours,
        int resolutionHours,
        BigDecimal includedLabourHours,
        BigDecimal includedParts,
        List<CoveredAsset> assets,
        List<ContractWorkView> visits,
        List<ContractWorkView> calls,
        BigDecimal labourHoursUsed,
        BigDecimal partsUsed,
        Instant createdAt,
        long version) {

    public record CoveredAsset(AssetId assetId, String label) {}

    public long breaches() {
        return calls.stream().filter(ContractWorkView::breached).count();
    }
}
