package io.aftersales.planning.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoanerCarRepository extends JpaRepository<LoanerCar, UUID> {

    List<LoanerCar> findByStoreIdOrderByPlate(UUID storeId);

    boolean existsByPlate(String plate);

    /** The car, locked until the booking's transaction ends: bookings of one car take their turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from LoanerCar c where c.id = :id")
    Optional<LoanerCar> lockById(@Param("id") UUID id);
}
