package io.aftersales.standards.domain;

import io.aftersales.shared.domain.Inserting;
import io.aftersales.standards.AuditArea;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StoreAuditRepository extends JpaRepository<StoreAudit, UUID>, Inserting<StoreAudit> {

    @Query("""
            select a from StoreAudit a
            where (:storeId is null or a.storeId = :storeId) and (:area is null or a.area = :area)
            """)
    Page<StoreAudit> search(@Param("storeId") UUID storeId, @Param("area") AuditArea area, Pageable pageable);

    List<StoreAudit> findByAuditedOnBetween(LocalDate from, LocalDate to);
}
