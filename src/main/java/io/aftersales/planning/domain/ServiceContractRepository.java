package io.aftersales.planning.domain;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ServiceContractRepository extends JpaRepository<ServiceContract, UUID> {

    @Query("""
            select c from ServiceContract c
            where (:customerId is null or c.customerId = :customerId)
              and (:pattern is null or lower(c.number) like :pattern or lower(c.title) like :pattern
                   or lower(c.customerName) like :pattern)
            """)
    Page<ServiceContract> search(
            @Param("customerId") @Nullable UUID customerId,
            @Param("pattern") @Nullable String pattern,
            Pageable pageable);

    boolean existsByNumber(String number);

    @Query("select c from ServiceContract c where c.startsOn <= :day and c.endsOn >= :since")
    List<ServiceContract> runningBetween(
            @Param("since") java.time.LocalDate since, @Param("day") java.time.LocalDate day);
}
