package io.aftersales.feedback.domain;

import io.aftersales.feedback.FollowUpKind;
import io.aftersales.feedback.FollowUpStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FollowUpRepository extends JpaRepository<FollowUp, UUID> {

    Optional<FollowUp> findByDedupKey(String dedupKey);

    @Query("""
            select f from FollowUp f
            where (:storeId is null or f.storeId = :storeId)
              and (:status is null or f.status = :status)
              and (:kind is null or f.kind = :kind)
              and (:agentId is null or f.agentId = :agentId)
              and (:customerId is null or f.customerId = :customerId)
              and (cast(:dueFrom as timestamp) is null or f.dueAt >= :dueFrom)
              and (cast(:dueBefore as timestamp) is null or f.dueAt < :dueBefore)
            """)
    Page<FollowUp> search(
            @Param("storeId") @Nullable UUID storeId,
            @Param("status") @Nullable FollowUpStatus status,
            @Param("kind") @Nullable FollowUpKind kind,
            @Param("agentId") @Nullable UUID agentId,
            @Param("customerId") @Nullable UUID customerId,
            @Param("dueFrom") @Nullable Instant dueFrom,
            @Param("dueBefore") @Nullable Instant dueBefore,
            Pageable pageable);

    /** How many open follow-ups each of these agents has, to give new work to the least busy. */
    @Query("""
            select f.agentId, count(f) from FollowUp f
            where f.status = FollowUpStatus.OPEN and f.agentId in :agents
            group by f.agentId
            """)
    List<Object[]> openCounts(@Param("agents") Collection<UUID> agents);

    /** Store, advisor, technician, status, score and NPS of the after-service follow-ups of a period. */
    @Query("""
            select f.storeId, f.advisorId, f.technicianId, f.status, f.score, f.nps from FollowUp f
            where f.kind = FollowUpKind.AFTER_SERVICE
              and f.createdAt >= :from and f.createdAt < :to
              and (:storeId is null or f.storeId = :storeId)
            """)
    List<Object[]> outcomes(
            @Param("from") Instant from, @Param("to") Instant to, @Param("storeId") @Nullable UUID storeId);

    /** How many open follow-ups each of these customers has. */
    @Query("""
            select f.customerId, count(f) from FollowUp f
            where f.status = FollowUpStatus.OPEN and f.customerId in :customerIds
            group by f.customerId
            """)
    List<Object[]> openCountsByCustomer(@Param("customerIds") Collection<UUID> customerIds);
}
