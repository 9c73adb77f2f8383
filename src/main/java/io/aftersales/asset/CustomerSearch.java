package io.aftersales.asset;

import io.aftersales.asset.domain.Asset;
import io.aftersales.asset.domain.AssetRepository;
import io.aftersales.asset.domain.LicensePlate;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomerView;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.domain.QueryPlanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one search box: plate (full or part), VIN (full or last 6), serial number, phone (full or last 4), customer,
 * company or contact name. Three queries, whatever the number of hits.
 */
@Service
public class CustomerSearch {

    static final int LIMIT = 20;

    private final CustomerManagement customers;
    private final AssetRepository assets;
    private final QueryPlanner planner;

    CustomerSearch(CustomerManagement customers, AssetRepository assets, QueryPlanner planner) {
        this.customers = customers;
        this.assets = assets;
        this.planner = planner;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SearchResults search(String query) {
        String text = query.trim();
        if (text.isEmpty()) {
            return new SearchResults(text, List.of(), List.of());
        }
        planner.planForTheValues();
        List<CustomerView> customerHits = LicensePlate.looksLikePlate(text) ? List.of() : customers.lookUp(text, LIMIT);
        String searchable = LicensePlate.searchable(text);
        List<Asset> assetHits = new ArrayList<>();
        // Plates, VINs and serial numbers always have Latin letters or digits; a Chinese name never needs these
        // look-ups.
        if (searchable.length() >= 2 && searchable.matches(".*[A-Z0-9].*")) {
            PageRequest firstPage = PageRequest.of(0, LIMIT, Sort.by("plate"));
            assetHits.addAll(assets.findByIdentifier(searchable, firstPage));
            if (assetHits.size() < LIMIT && searchable.length() < 17 && !LicensePlate.isComplete(searchable)) {
                // Unordered on purpose: "order by plate" made PostgreSQL walk the plate index instead of the
                // trigram one (90 to 120 ms at 150,000 vehicles). The few hits are sorted below.
                assets.findByPlateLike(containing(searchable), PageRequest.of(0, LIMIT)).stream()
                        .filter(a -> !assetHits.contains(a))
                        .limit(LIMIT - assetHits.size())
                        .forEach(assetHits::add);
            }
            assetHits.sort(Comparator.comparing(Asset::label));
        }

        List<CustomerId> ownerIds = assetHits.stream()
                .map(asset -> Identifier.of(asset.customerId(), CustomerId::new))
                .filter(id -> customerHits.stream().noneMatch(c -> c.id().equals(id)))
                .distinct()
                .toList();
        Map<CustomerId, CustomerView> owners = new LinkedHashMap<>();
        customerHits.forEach(c -> owners.put(c.id(), c));
        customers.getAll(ownerIds).forEach(c -> owners.put(c.id(), c));

        Map<CustomerId, List<Asset>> assetsByCustomer =
                assets
                        .findByCustomerIdInOrderByCreatedAt(
                                customerHits.stream().map(c -> c.id().value()).toList())
                        .stream()
                        .collect(Collectors.groupingBy(asset -> Identifier.of(asset.customerId(), CustomerId::new)));

        List<SearchResults.CustomerHit> customerResults = customerHits.stream()
                .map(c -> new SearchResults.CustomerHit(
                        c.id(),
                        c.name(),
                        c.type().name(),
                        c.primaryPhone(),
                        assetsByCustomer.getOrDefault(c.id(), List.of()).stream()
                                .map(a -> new SearchResults.AssetSummary(
                                        new AssetId(a.id()), a.label(), a.brand(), a.model()))
                                .toList()))
                .toList();
        List<SearchResults.AssetHit> assetResults = assetHits.stream()
                .map(a -> new SearchResults.AssetHit(
                        new AssetId(a.id()),
                        a.kind().name(),
                        a.label(),
                        a.vin(),
                        a.plate(),
                        a.brand(),
                        a.model(),
                        Identifier.of(a.customerId(), CustomerId::new),
                        owners.containsKey(Identifier.of(a.customerId(), CustomerId::new))
                                ? owners.get(Identifier.of(a.customerId(), CustomerId::new))
                                        .name()
                                : ""))
                .toList();
        return new SearchResults(text, customerResults, assetResults);
    }

    /** A {@code like} pattern in lower case for text anywhere in the value, its wildcards taken literally. */
    static String containing(String text) {
        return "%"
                + text.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }
}
