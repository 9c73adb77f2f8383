package io.aftersales.workorder.domain;

import io.aftersales.shared.domain.Inserting;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.WorkOrderStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WorkOrderRepository extends JpaRepository<WorkOrder, UUID>, Inserting<WorkOrder> {

    @Query("""
            select w from WorkOrder w
            where (:storeId is null or w.storeId = :storeId)
              and (:status is null or w.status = :status)
              and (:advisorId is null or w.advisorId = :advisorId)
              and (:technicianId is null or w.leadTechnicianId = :technicianId)
              and (:assetId is null or w.assetId = :assetId)
              and (:customerId is null or w.customerId = :customerId)
              and (:serviceType is null or w.serviceType = :serviceType)
              and (cast(:from as timestamp) is null or w.createdAt >= :from)
              and (cast(:to as timestamp) is null or w.createdAt < :to)
            """)
    Page<WorkOrder> search(
            @Param("storeId") UUID storeId,
            @Param("status") WorkOrderStatus status,
            @Param("advisorId") UUID advisorId,
            @Param("technicianId") UUID technicianId,
            @Param("assetId") UUID assetId,
            @Param("customerId") UUID customerId,
            @Param("serviceType") ServiceType serviceType,
            @Param("from") Instant from,
            @Param("to") Instant to,
            Pageable pageable);

    /** Asset and store of the assets' work orders, newest first. */
    @Query("select w.assetId, w.storeId from WorkOrder w where w.assetId in :assetIds order by w.createdAt desc")
    List<Object[]> storesOfAssetsNewestFirst(@Param("assetIds") Collection<UUID> assetIds);

    /** The open work orders of a store: the board. */
    @Query("select w from WorkOrder w where w.storeId = :storeId and w.status in :statuses order by w.createdAt")
    List<WorkOrder> findByStoreAndStatusIn(
            @Param("storeId") UUID storeId, @Param("statuses") Collection<WorkOrderStatus> statuses);

    /** Jobs a technician leads or helps on, still in the workshop. */
    @Query("""
            select distinct w from WorkOrder w left join w.assistantIds a
            where (w.leadTechnicianId = :technicianId or a = :technicianId) and w.status in :statuses
            order by w.createdAt
            """)
    List<WorkOrder> findCrewedBy(
            @Param("technicianId") UUID technicianId, @Param("statuses") Collection<WorkOrderStatus> statuses);

    /** The clock-ins of a store's crews that began in the period: technician, start and end (null while on). */
    @Query("""
            select t.technicianId, t.startedAt, t.endedAt from WorkOrder w join w.timeEntries t
            where w.storeId = :storeId and t.startedAt >= :from and t.startedAt < :to
            """)
    List<Object[]> findClockIns(@Param("storeId") UUID storeId, @Param("from") Instant from, @Param("to") Instant to);

    /** Payments received in the period on the store's work orders, summed per advisor and lead technician. */
    @Query("""
            select w.advisorId, w.leadTechnicianId, sum(p.amount) from WorkOrder w join w.payments p
            where w.storeId = :storeId and p.receivedAt >= :from and p.receivedAt < :to
            group by w.advisorId, w.leadTechnicianId
            """)
    List<Object[]> sumPayments(@Param("storeId") UUID storeId, @Param("from") Instant from, @Param("to") Instant to);

    @Query("select w from WorkOrder w where w.comebackOf = :original")
    List<WorkOrder> findComebacksOf(@Param("original") UUID original);

    /** The no-login approval link: a native lookup, since the link arrives before any organisation is known. */
    @Query(
            value = "select cast(organization_id as varchar(36)) || '/' || cast(id as varchar(36)) from work_order"
                    + " where approval_token_hash = :hash",
            nativeQuery = true)
    Optional<String> findByApprovalTokenHash(@Param("hash") String hash);

    /** How many work orders in these statuses each of these customers has. */
    @Query("""
            select w.customerId, count(w) from WorkOrder w
            where w.customerId in :customerIds and w.status in :statuses
            group by w.customerId
            """)
    List<Object[]> countByCustomer(
            @Param("customerIds") Collection<UUID> customerIds,
            @Param("statuses") Collection<WorkOrderStatus> statuses);

    /**
     * Insurance jobs (事故车), matching {@code q} (lower-cased {@code %…%}) in the insurer, claim number, work-order
     * number or customer: to be assessed (open and not assessed), owing (settled and the insurer has not paid all) or
     * paid; all when {@code stage} is null.
     */
    @Query("""
            select w from WorkOrder w
            where w.insurance.insurer is not null
              and (:storeId is null or w.storeId = :storeId)
              and (:q is null or lower(w.insurance.insurer) like :q or lower(w.insurance.claimNumber) like :q
                   or lower(w.number) like :q or lower(w.customerName) like :q)
              and (:stage is null
                   or (:stage = 'TO_ASSESS' and w.insurance.assessedAmount is null and w.status in :open)
                   or (:stage = 'OWING' and w.status in :settled
                       and coalesce(w.insurance.insurerPaid, 0) < w.insurance.insurerDue)
                   or (:stage = 'PAID' and w.status in :settled
                       and coalesce(w.insurance.insurerPaid, 0) >= w.insurance.insurerDue))
            """)
    Page<WorkOrder> searchInsured(
            @Param("storeId") UUID storeId,
            @Param("q") String q,
            @Param("stage") String stage,
            @Param("open") Collection<WorkOrderStatus> open,
            @Param("settled") Collection<WorkOrderStatus> settled,
            Pageable pageable);

    /** What each insurer owes of the settled insurance jobs: insurer, jobs, amount. */
    @Query("""
            select w.insurance.insurer, count(w), sum(w.insurance.insurerDue - coalesce(w.insurance.insurerPaid, 0))
            from WorkOrder w
            where w.insurance.insurer is not null and (:storeId is null or w.storeId = :storeId)
              and w.status in :settled and coalesce(w.insurance.insurerPaid, 0) < w.insurance.insurerDue
            group by w.insurance.insurer
            order by 3 desc
            """)
    List<Object[]> owedByInsurer(@Param("storeId") UUID storeId, @Param("settled") Collection<WorkOrderStatus> settled);
}
