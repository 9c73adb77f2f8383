package io.aftersales.warranty.domain;

import io.aftersales.warranty.OldPartStatus;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OldPartRepository extends JpaRepository<OldPart, UUID> {

    @Query("""
            select p from OldPart p
            where (:storeId is null or p.storeId = :storeId) and (:status is null or p.status = :status)
              and (:q is null or p.tag like :q or p.partNumber like :q or p.shipment like :q)
            """)
    Page<OldPart> search(
            @Param("storeId") UUID storeId,
            @Param("status") OldPartStatus status,
            @Param("q") String q,
            Pageable pageable);

    List<OldPart> findByWarrantyClaimIdOrderByTag(UUID warrantyClaimId);

    List<OldPart> findByWarrantyClaimIdInOrderByTag(Collection<UUID> warrantyClaimIds);
}
