package io.aftersales.standards.domain;

import io.aftersales.standards.ActionStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CorrectiveActionRepository extends JpaRepository<CorrectiveAction, UUID> {

    @Query("""
            select c from CorrectiveAction c
            where (:storeId is null or c.storeId = :storeId) and (:status is null or c.status = :status)
              and (:ownerId is null or c.ownerId = :ownerId) and (cast(:before as date) is null or c.deadline < :before)
            """)
    Page<CorrectiveAction> search(
            @Param("storeId") UUID storeId,
            @Param("status") ActionStatus status,
            @Param("ownerId") UUID ownerId,
            @Param("before") LocalDate before,
            Pageable pageable);

    List<CorrectiveAction> findByStoreAuditIdIn(Collection<UUID> storeAuditIds);
}
