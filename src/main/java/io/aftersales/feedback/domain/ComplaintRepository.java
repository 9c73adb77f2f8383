package io.aftersales.feedback.domain;

import io.aftersales.feedback.ComplaintStatus;
import io.aftersales.feedback.Severity;
import io.aftersales.shared.domain.Inserting;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ComplaintRepository extends JpaRepository<Complaint, UUID>, Inserting<Complaint> {

    @Query("""
            select c from Complaint c
            where (:storeId is null or c.storeId = :storeId)
              and (:status is null or c.status = :status)
              and (:severity is null or c.severity = :severity)
              and (:ownerId is null or c.ownerId = :ownerId)
              and (:customerId is null or c.customerId = :customerId)
              and (:workOrderId is null or c.workOrderId = :workOrderId)
              and (:minEscalation is null or c.escalationLevel >= :minEscalation)
              and (:unfinished = false or c.status <> ComplaintStatus.CLOSED)
              and (cast(:lateAt as timestamp) is null or (c.status in :active
                   and ((c.acknowledgedAt is null and c.acknowledgeDue < :lateAt) or c.resolveDue < :lateAt)))
            """)
    Page<Complaint> search(
            @Param("storeId") @Nullable UUID storeId,
            @Param("status") @Nullable ComplaintStatus status,
            @Param("severity") @Nullable Severity severity,
            @Param("ownerId") @Nullable UUID ownerId,
            @Param("customerId") @Nullable UUID customerId,
            @Param("workOrderId") @Nullable UUID workOrderId,
            @Param("minEscalation") @Nullable Integer minEscalation,
            @Param("unfinished") boolean unfinished,
            @Param("lateAt") @Nullable Instant lateAt,
            @Param("active") Collection<ComplaintStatus> active,
            Pageable pageable);

    /** Active complaints with a deadline before {@code now}: candidates for escalation, in every organisation. */
    @Query("""
            select c.id from Complaint c
            where c.status in :active
              and ((c.acknowledgedAt is null and c.acknowledgeDue < :now) or c.resolveDue < :now)
              and c.escalationLevel < 2
            """)
    List<UUID> overdue(@Param("now") Instant now, @Param("active") Collection<ComplaintStatus> active);

    /** Store, advisor, technician, opening and closing of the complaints opened or closed in a period. */
    @Query("""
            select c.storeId, c.advisorId, c.technicianId, c.openedAt, c.closedAt from Complaint c
            where ((c.openedAt >= :from and c.openedAt < :to) or (c.closedAt >= :from and c.closedAt < :to))
              and (:storeId is null or c.storeId = :storeId)
            """)
    List<Object[]> openedOrClosed(
            @Param("from") Instant from, @Param("to") Instant to, @Param("storeId") @Nullable UUID storeId);

    /** How many complaints in these statuses each of these customers has. */
    @Query("""
            select c.customerId, count(c) from Complaint c
            where c.status in :statuses and c.customerId in :customerIds
            group by c.customerId
            """)
    List<Object[]> countByCustomer(
            @Param("customerIds") Collection<UUID> customerIds,
            @Param("statuses") Collection<ComplaintStatus> statuses);
}
