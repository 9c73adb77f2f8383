package io.aftersales.planning.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoanerBookingRepository extends JpaRepository<LoanerBooking, UUID> {

    /** Whether the car is booked or out on any day from {@code from} to {@code to}. */
    @Query("""
            select count(b) > 0 from LoanerBooking b
            where b.carId = :carId and b.startsOn <= :to and b.endsOn >= :from
              and b.status in (io.aftersales.planning.LoanerStatus.BOOKED, io.aftersales.planning.LoanerStatus.OUT)
            """)
    boolean taken(@Param("carId") UUID carId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("""
            select b from LoanerBooking b
            where b.storeId = :storeId and b.startsOn <= :to and b.endsOn >= :from
            order by b.startsOn, b.carPlate
            """)
    List<LoanerBooking> between(
            @Param("storeId") UUID storeId, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
