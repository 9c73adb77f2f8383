package io.aftersales.feedback.domain;

import io.aftersales.feedback.ReminderKind;
import io.aftersales.feedback.ReminderStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReminderRepository extends JpaRepository<Reminder, UUID> {

    boolean existsByDedupKey(String dedupKey);

    /** Which of the causes already have their reminder. */
    @Query("select r.dedupKey from Reminder r where r.dedupKey in :keys")
    Set<String> existingKeys(@Param("keys") Collection<String> keys);

    @Query("""
            select r from Reminder r
            where r.dueOn <= :due
              and (:status is null or r.status = :status)
              and (:kind is null or r.kind = :kind)
              and (:storeId is null or r.storeId = :storeId)
              and (:customerId is null or r.customerId = :customerId)
            """)
    Page<Reminder> search(
            @Param("due") LocalDate due,
            @Param("status") @Nullable ReminderStatus status,
            @Param("kind") @Nullable ReminderKind kind,
            @Param("storeId") @Nullable UUID storeId,
            @Param("customerId") @Nullable UUID customerId,
            Pageable pageable);

    @Query(
            "select r.id from Reminder r where r.status = io.aftersales.feedback.ReminderStatus.PENDING and r.dueOn <= :day")
    List<UUID> dueIds(@Param("day") LocalDate day);

    @Query("""
            select r from Reminder r
            where r.status = ReminderStatus.PENDING and r.kind = :kind and r.assetId = :assetId
            """)
    List<Reminder> pendingFor(@Param("kind") ReminderKind kind, @Param("assetId") UUID assetId);

    /** The pending reminders of these customers, soonest first. */
    @Query("""
            select r from Reminder r
            where r.status = io.aftersales.feedback.ReminderStatus.PENDING and r.customerId in :customerIds
            order by r.dueOn, r.id
            """)
    List<Reminder> pendingOf(@Param("customerIds") Collection<UUID> customerIds);
}
