package io.aftersales.asset.domain;

import io.aftersales.shared.domain.Inserting;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
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

    /** Assets with one of these (normalised) VINs or plates, for an import's check in one query per chunk. */
    List<Asset> findByVinInOrPlateIn(Collection<String> vins, Collection<String> plates);

    /** The search box's exact identifiers: a full VIN, the last six of one, a full plate or a serial number. */
    @Query("""
            select a from Asset a
            where a.vin = :text or a.vinLast6 = :text or a.plate = :text or a.serialNumber = :text
            """)
    List<Asset> findByIdentifier(@Param("text") String text, Pageable pageable);

    /** Assets whose warranty ends in a date range, for reminders. */
    List<Asset> findByWarrantyEndBetweenOrderByWarrantyEnd(LocalDate from, LocalDate to);

    /** Part of a plate. */
    List<Asset> findByPlateContaining(String part, Pageable pageable);
}
