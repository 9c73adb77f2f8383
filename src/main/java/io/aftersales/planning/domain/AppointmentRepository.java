package io.aftersales.planning.domain;

import io.aftersales.planning.AppointmentStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppointmentRepository extends JpaRepository<Appointment, UUID> {

    @Query("""
            select a from Appointment a
            where (:storeId is null or a.storeId = :storeId) and a.day >= :from and a.day <= :to
              and (:status is null or a.status = :status)
              and (:customerId is null or a.customerId = :customerId)
              and (:pattern is null or lower(a.customerName) like :pattern or lower(a.assetLabel) like :pattern)
            """)
    Page<Appointment> search(
            @Param("storeId") @Nullable UUID storeId,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("status") @Nullable AppointmentStatus status,
            @Param("customerId") @Nullable UUID customerId,
            @Param("pattern") @Nullable String pattern,
            Pageable pageable);

    /** How many times each of these customers did not come. */
    @Query("""
            select a.customerId, count(a) from Appointment a
            where a.status = io.aftersales.planning.AppointmentStatus.NO_SHOW and a.customerId in :customerIds
            group by a.customerId
            """)
    List<Object[]> noShows(@Param("customerIds") Collection<UUID> customerIds);

    /** The asset's bookings not yet received, missed or cancelled: a vehicle is booked once at a time. */
    List<Appointment> findByAssetIdAndStatus(UUID assetId, AppointmentStatus status);
}
