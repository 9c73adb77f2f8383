package io.aftersales.customer.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends JpaRepository<Customer, UUID> {

    @Query("""
            select distinct c from Customer c join c.phones p
            where c.mergedInto is null and p.number in :numbers
            """)
    List<Customer> findByPhoneNumbers(@Param("numbers") Collection<String> numbers);

    /** Active customers matching a name, a contact's name, a full phone number or the last four digits. */
    @Query("""
            select c from Customer c
            where c.mergedInto is null and (
                 c.nameLower like :like
              or exists (select 1 from Customer c2 join c2.contacts k where c2 = c and k.nameLower like :like)
              or exists (select 1 from Customer c3 join c3.phones p where c3 = c and (p.number = :phone or p.last4 = :last4))
            )
            """)
    Page<Customer> search(
            @Param("like") String like, @Param("phone") String phone, @Param("last4") String last4, Pageable pageable);

    @Query("select c from Customer c where c.mergedInto is null")
    Page<Customer> findActive(Pageable pageable);
}
