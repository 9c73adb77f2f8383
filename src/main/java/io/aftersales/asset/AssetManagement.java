package io.aftersales.asset;

import io.aftersales.asset.domain.Asset;
import io.aftersales.asset.domain.AssetRepository;
import io.aftersales.customer.CustomerDetails;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomersMerged;
import io.aftersales.customer.DuplicateCustomer;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.SearchText;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.QueryPlanner;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vehicles and equipment of the caller's organisation. */
@Service
public class AssetManagement {

    private static final Set<String> SORTS = Set.of("createdAt", "plate", "vin");

    /** A registered asset, and existing ones with the same VIN, plate or serial number (a warning). */
    public record Registered(AssetView asset, List<DuplicateAsset> duplicates) {}

    /** A new customer registered together with their first vehicle or equipment. */
    public record Intake(CustomerManagement.Created customer, AssetView asset, List<DuplicateAsset> duplicateAssets) {
        public List<DuplicateCustomer> duplicateCustomers() {
            return customer.duplicates();
        }
    }

    private final AssetRepository assets;
    private final CustomerManagement customers;
    private final AuditTrail auditTrail;
    private final QueryPlanner planner;
    private final OrganizationManagement organization;
    private final Clock clock;

    AssetManagement(
            AssetRepository assets,
            CustomerManagement customers,
            AuditTrail auditTrail,
            QueryPlanner planner,
            OrganizationManagement organization,
            Clock clock) {
        this.organization = organization;
        this.assets = assets;
        this.customers = customers;
        this.auditTrail = auditTrail;
        this.planner = planner;
        this.clock = clock;
    }

    /**
     * The owners of vehicles and equipment of a brand and model (parts of the names, any case), aged so many whole
     * years since purchase, with a mileage in a range; a null or blank criterion does not narrow, and an asset
     * without a purchase date or mileage does not match a criterion on it. For segments.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<CustomerId> ownersMatching(
            @Nullable String brand,
            @Nullable String model,
            @Nullable Integer minAgeYears,
            @Nullable Integer maxAgeYears,
            @Nullable Integer minMileage,
            @Nullable Integer maxMileage,
            LocalDate today) {
        return assets
                .ownersMatching(
                        contains(brand),
                        contains(model),
                        maxAgeYears == null
                                ? null
                                : today.minusYears(maxAgeYears + 1L).plusDays(1),
                        minAgeYears == null ? null : today.minusYears(minAgeYears),
                        minMileage,
                        maxMileage)
                .stream()
                .map(CustomerId::new)
                .collect(Collectors.toSet());
    }

    private static String contains(@Nullable String text) {
        return Objects.requireNonNullElse(SearchText.containing(text), "%");
    }

    @PreAuthorize(RoleGroups.ASSET_EDITORS)
    @Transactional
    public Registered register(NewAsset request) {
        if (request.customerId() == null || !customers.isActive(request.customerId())) {
            throw new InvalidInputException("customerId", "asset.unknownCustomer");
        }
        requireKnownParent(request);
        return save(new Asset(
                CurrentUser.require().organizationId().value(),
                Identifier.valueOf(request.customerId()),
                request,
                clock.instant()));
    }

    /** Many assets at once (an import), for existing customers; written in batches and audited as one action. */
    @PreAuthorize(RoleGroups.ASSET_EDITORS)
    @Transactional
    public List<AssetId> registerAll(List<NewAsset> requests) {
        Set<CustomerId> owners = customers.activeAmong(requests.stream()
                .map(NewAsset::customerId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        OrganizationId organizationId = CurrentUser.require().organizationId();
        List<Asset> created = new ArrayList<>(requests.size());
        for (NewAsset request : requests) {
            if (request.customerId() == null || !owners.contains(request.customerId())) {
                throw new InvalidInputException("customerId", "asset.unknownCustomer");
            }
            requireKnownParent(request);
            created.add(new Asset(
                    organizationId.value(), Identifier.valueOf(request.customerId()), request, clock.instant()));
        }
        assets.saveAll(created);
        planner.refreshStatisticsAfter(created.size(), "asset");
        auditTrail.record("IMPORT", "Asset", "-", created.size() + " assets");
        return created.stream().map(asset -> new AssetId(asset.id())).toList();
    }

    /**
     * One step at the front desk: a new customer and their first asset, both or neither. The asset is checked before
     * the customer is created, so a wrong VIN leaves nothing behind.
     */
    @PreAuthorize(RoleGroups.ASSET_EDITORS)
    @Transactional
    public Intake registerWithNewCustomer(CustomerDetails customer, NewAsset asset) {
        OrganizationId organizationId = CurrentUser.require().organizationId();
        new Asset(organizationId.value(), new UUID(0, 0), asset, clock.instant());
        requireKnownParent(asset);
        CustomerManagement.Created created = customers.create(customer);
        Registered registered =
                save(new Asset(organizationId.value(), created.customer().id().value(), asset, clock.instant()));
        return new Intake(created, registered.asset(), registered.duplicates());
    }

    /** Existing assets with the VIN, plate or serial number of this request (which must be valid), for warnings. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DuplicateAsset> duplicatesOf(NewAsset request) {
        return duplicatesOf(
                new Asset(CurrentUser.require().organizationId().value(), new UUID(0, 0), request, clock.instant()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AssetView get(AssetId id) {
        return find(id).toView();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PagedResult<AssetView> ofCustomer(
            CustomerId customerId, @Nullable Integer page, @Nullable Integer size, @Nullable String sort) {
        return PagedResult.of(
                assets.findByCustomerId(
                        Identifier.valueOf(customerId), Paging.request(page, size, sort, SORTS, Sort.by("createdAt"))),
                Asset::toView);
    }

    /** The assets whose warranty ends between two dates (inclusive): whom to remind before it runs out. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AssetView> warrantiesEndingBetween(LocalDate from, LocalDate to) {
        return assets.findByWarrantyEndBetweenOrderByWarrantyEnd(from, to).stream()
                .map(Asset::toView)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public WarrantyAnswer warranty(AssetId id, @Nullable LocalDate date, @Nullable Integer mileage) {
        LocalDate on = date != null ? date : LocalDate.now(clock.withZone(organization.zoneOf(null)));
        return find(id).warrantyOn(on, mileage);
    }

    @PreAuthorize(RoleGroups.ASSET_EDITORS)
    @Transactional
    public AssetView recordMileage(AssetId id, int mileage, @Nullable Instant readAt, @Nullable String reason) {
        Asset asset = find(id);
        asset.recordMileage(mileage, readAt != null ? readAt : clock.instant(), reason);
        assets.flush();
        auditTrail.record("RECORD_MILEAGE", "Asset", id, String.valueOf(mileage));
        return asset.toView();
    }

    @PreAuthorize(RoleGroups.ASSET_EDITORS)
    @Transactional
    public AssetView transfer(AssetId id, CustomerId newOwner, @Nullable String reason, long version) {
        Asset asset = find(id);
        StaleVersionException.check(version, asset.version());
        if (!customers.isActive(newOwner)) {
            throw new InvalidInputException("customerId", "asset.unknownCustomer");
        }
        CustomerId previous = Identifier.of(asset.customerId(), CustomerId::new);
        asset.transferTo(newOwner.value(), clock.instant(), reason);
        assets.flush();
        auditTrail.record("TRANSFER", "Asset", id, previous + " -> " + newOwner);
        return asset.toView();
    }

    /** A merged customer's assets move to the surviving customer, with the change in their ownership history. */
    @ApplicationModuleListener
    void on(CustomersMerged merged) {
        Instant now = clock.instant();
        assets.findByCustomerIdInOrderByCreatedAt(List.of(merged.from().value()))
                .forEach(asset -> asset.transferTo(merged.into().value(), now, "MERGE"));
    }

    /** A parent (for equipment that is part of other equipment) must be an asset of this organisation. */
    private void requireKnownParent(NewAsset request) {
        if (request.parentId() != null && !assets.existsById(Identifier.valueOf(request.parentId()))) {
            throw new InvalidInputException("parentId", "asset.unknownParent");
        }
    }

    private Registered save(Asset asset) {
        List<DuplicateAsset> duplicates = duplicatesOf(asset);
        assets.saveNew(asset);
        auditTrail.record("CREATE", "Asset", asset.id(), asset.label());
        return new Registered(asset.toView(), duplicates);
    }

    private List<DuplicateAsset> duplicatesOf(Asset asset) {
        List<DuplicateAsset> duplicates = new ArrayList<>();
        for (Asset other : assets.findSameIdentity(asset.vin(), asset.plate(), asset.serialNumber())) {
            String matchedOn = asset.vin() != null && asset.vin().equals(other.vin())
                    ? "vin"
                    : asset.plate() != null && asset.plate().equals(other.plate()) ? "plate" : "serialNumber";
            duplicates.add(new DuplicateAsset(
                    new AssetId(other.id()),
                    Identifier.of(other.customerId(), CustomerId::new),
                    other.label(),
                    matchedOn));
        }
        return duplicates;
    }

    private Asset find(AssetId id) {
        return assets.findById(id.value()).orElseThrow(() -> new NotFoundException("asset", id));
    }
}
