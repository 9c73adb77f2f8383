package io.aftersales.inventory.domain;

import io.aftersales.shared.domain.Inserting;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ToolRepository extends JpaRepository<Tool, UUID>, Inserting<Tool> {

    @Query("""
            select t from Tool t
            where (:storeId is null or t.storeId = :storeId)
              and (:holderId is null or t.holderId = :holderId)
              and (cast(:overdueBefore as date) is null or t.calibrationDue < :overdueBefore)
            """)
    Page<Tool> search(
            @Param("storeId") UUID storeId,
            @Param("holderId") UUID holderId,
            @Param("overdueBefore") LocalDate overdueBefore,
            Pageable pageable);

    boolean existsByAssetTag(String assetTag);
}
