package io.aftersales.customer.domain;

import io.aftersales.shared.domain.Inserting;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends JpaRepository<Customer, UUID>, Inserting<Customer> {

    @Query("""
            select distinct c from Customer c join c.phones p
            where c.mergedInto is null and p.number in :numbers
            """)
    List<Customer> findByPhoneNumbers(@Param("numbers") Collection<String> numbers);

    String BY_PHONE = """
            select c from Customer c
            where c.mergedInto is null and c.id in (
                select c2.id from Customer c2 join c2.phones p where p.number = :number or p.last4 = :last4)
            """;

    String BY_NAME = """
            select c from Customer c
            where c.mergedInto is null and (
                 c.nameLower like :like
              or c.id in (select c2.id from Customer c2 join c2.contacts k where k.nameLower like :like))
            """;

    /** Active customers with this full number or these last four digits (index look-ups on the phone table). */
    @Query(BY_PHONE)
    Page<Customer> searchByPhone(@Param("number") String number, @Param("last4") String last4, Pageable pageable);

    /** The same without counting all matches, for the search box. */
    @Query(BY_PHONE)
    List<Customer> lookUpByPhone(@Param("number") String number, @Param("last4") String last4, Pageable pageable);

    /** Active customers whose name, or one of whose contacts' names, contains the text. */
    @Query(BY_NAME)
    Page<Customer> searchByName(@Param("like") String like, Pageable pageable);

    /** The same without counting all matches, for the search box. */
    @Query(BY_NAME)
    List<Customer> lookUpByName(@Param("like") String like, Pageable pageable);

    /**
     * Whether the customer exists in the organisation and was not merged away. Native SQL: it loads no entity (a
     * later lock of the same customer in the transaction must not meet a stale copy) and needs no translation.
     */
    @Query(
            value =
                    "select count(*) > 0 from customer where id = :id and organization_id = :org and merged_into is null",
            nativeQuery = true)
    boolean isActive(@Param("id") UUID id, @Param("org") UUID organizationId);

    @Query("select c.id from Customer c where c.mergedInto is null and c.id in :ids")
    List<UUID> findActiveIds(@Param("ids") Collection<UUID> ids);

    /** The customer, locked until the transaction ends: changes that depend on other rows are made one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Customer c where c.id = :id")
    Optional<Customer> findForUpdate(@Param("id") UUID id);

    @Query("select c from Customer c where c.mergedInto is null and c.birthdayMonthDay = :monthDay")
    List<Customer> findByBirthdayMonthDay(@Param("monthDay") int monthDay);

    @Query("""
            select c from Customer c
            where c.mergedInto is null
              and exists (select 1 from Customer o join o.consents k
                          where o = c and k.granted = true and k.channel <> ConsentChannel.PHONE)
            """)
    Page<Customer> findConsenting(Pageable pageable);

    @Query("select c from Customer c where c.mergedInto is null")
    Page<Customer> findActive(Pageable pageable);

    /** The active customers of one advisor. */
    @Query("select c from Customer c where c.mergedInto is null and c.advisorId = :advisor")
    Page<Customer> findByAdvisor(@Param("advisor") UUID advisor, Pageable pageable);

    /** The IDs of one advisor's active customers, by name. */
    @Query("""
            select c.id from Customer c where c.mergedInto is null and c.advisorId = :advisor
            order by c.nameLower, c.id
            """)
    List<UUID> idsOfAdvisor(@Param("advisor") UUID advisor);

    /** The IDs of the active customers without an advisor, by name. */
    @Query("""
            select c.id from Customer c where c.mergedInto is null and c.advisorId is null
            order by c.nameLower, c.id
            """)
    List<UUID> idsWithoutAdvisor();

    /** How many active customers each advisor has (a null advisor: those without one). */
    @Query("select c.advisorId, count(c) from Customer c where c.mergedInto is null group by c.advisorId")
    List<Object[]> countByAdvisor();

    @Query("select c.id, c.advisorId from Customer c where c.id in :ids and c.advisorId is not null")
    List<Object[]> advisorsOf(@Param("ids") Collection<UUID> ids);

    /**
     * Active customers of one of the tiers, with one of the tags, with an address in a region (a code prefix, e.g.
     * {@code 3101} for Shanghai); a criterion that is off ({@code anyTier} false, {@code region} empty) selects all.
     */
    @Query("""
            select c.id from Customer c
            where c.mergedInto is null
              and (:anyTier = false or c.tier in :tiers)
              and (:anyTag = false or exists (select 1 from Customer o join o.tags t where o = c and t in :tags))
              and (:region = '' or exists (select 1 from Customer o join o.addresses a
                                           where o = c and a.regionCode like :region))
            """)
    List<UUID> idsMatching(
            @Param("anyTier") boolean anyTier,
            @Param("tiers") Collection<String> tiers,
            @Param("anyTag") boolean anyTag,
            @Param("tags") Collection<String> tags,
            @Param("region") String regionPrefix);
}
