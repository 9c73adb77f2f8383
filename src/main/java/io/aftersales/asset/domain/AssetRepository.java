package io.aftersales.asset.domain;

import io.aftersales.shared.domain.Inserting;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AssetRepository extends JpaRepository<Asset, UUID>, Inserting<Asset> {

    List<Asset> findByCustomerIdInOrderByCreatedAt(Collection<UUID> customerIds);

    Page<Asset> findByCustomerId(UUID customerId, Pageable pageable);

    @Query("""
            select a from Asset a
            where (:vin is not null and a.vin = :vin)
               or (:plate is not null and a.plate = :plate)
               or (:serial is not null and a.serialNumber = :serial)
            """)
    List<Asset> findSameIdentity(
            @Param("vin") String vin, @Param("plate") String plate, @Param("serial") String serial);

    /** Assets with one of these (normalised) VINs, for an import's check in one query per chunk. */
    List<Asset> findByVinIn(Collection<String> vins);

    /**
     * Assets with one of these (normalised) plates, for an import's check in one query per chunk: the store's plate
     * index answers it (with VINs in the same query, an OR, PostgreSQL read the whole trigram index: 2.4 s a chunk).
     */
    List<Asset> findByPlateIn(Collection<String> plates);

    /** The search box's exact identifiers: a full VIN, the last six of one, a full plate or a serial number. */
    @Query("""
            select a from Asset a
            where a.vin = :text or a.vinLast6 = :text or a.plate = :text or a.serialNumber = :text
            """)
    List<Asset> findByIdentifier(@Param("text") String text, Pageable pageable);

    /** Assets whose warranty ends in a date range, for reminders. */
    List<Asset> findByWarrantyEndBetweenOrderByWarrantyEnd(LocalDate from, LocalDate to);

    /**
     * Part of a plate, as a {@code like} pattern in lower case. On PostgreSQL the trigram index is on
     * {@code lower(plate)}, so that it serves this look-up and never an equality (which the plate index answers far
     * faster: the trigram one took 2.4 s for 500 plates).
     */
    @Query("select a from Asset a where lower(a.plate) like :pattern escape '\\'")
    List<Asset> findByPlateLike(@Param("pattern") String pattern, Pageable pageable);

    /**
     * The owners of assets of a brand and model (parts of the names, lower case, {@code %} for any), bought in a
     * period, with a mileage in a range; a null bound does not narrow (an asset without the value then matches only
     * when its bound is null).
     */
    @Query("""
            select distinct a.customerId from Asset a
            where lower(coalesce(a.brand, '')) like :brand and lower(coalesce(a.model, '')) like :model
              and (cast(:boughtFrom as date) is null or a.purchaseDate >= :boughtFrom)
              and (cast(:boughtTo as date) is null or a.purchaseDate <= :boughtTo)
              and (:minMileage is null or a.mileage >= :minMileage)
              and (:maxMileage is null or a.mileage <= :maxMileage)
            """)
    List<UUID> ownersMatching(
            @Param("brand") String brand,
            @Param("model") String model,
            @Param("boughtFrom") @Nullable LocalDate boughtFrom,
            @Param("boughtTo") @Nullable LocalDate boughtTo,
            @Param("minMileage") @Nullable Integer minMileage,
            @Param("maxMileage") @Nullable Integer maxMileage);
}
