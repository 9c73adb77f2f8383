package io.aftersales.inventory.domain;

import io.aftersales.inventory.PurchaseOrderStatus;
import io.aftersales.shared.domain.Inserting;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, UUID>, Inserting<PurchaseOrder> {

    @Query("""
            select p from PurchaseOrder p
            where (:storeId is null or p.storeId = :storeId) and (:status is null or p.status = :status)
            """)
    Page<PurchaseOrder> search(
            @Param("storeId") UUID storeId, @Param("status") PurchaseOrderStatus status, Pageable pageable);
}
