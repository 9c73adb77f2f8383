package io.aftersales.warranty.domain;

import io.aftersales.shared.domain.Inserting;
import io.aftersales.warranty.ClaimStatus;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WarrantyClaimRepository extends JpaRepository<WarrantyClaim, UUID>, Inserting<WarrantyClaim> {

    @Query("""
            select c from WarrantyClaim c
            where (:storeId is null or c.storeId = :storeId) and (:status is null or c.status = :status)
              and (:q is null or c.number like :q or c.workOrderNumber like :q or c.assetLabel like :q)
            """)
    Page<WarrantyClaim> search(
            @Param("storeId") UUID storeId,
            @Param("status") ClaimStatus status,
            @Param("q") String q,
            Pageable pageable);

    Optional<WarrantyClaim> findByWorkOrderId(UUID workOrderId);
}
