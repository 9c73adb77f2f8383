package io.aftersales.organization.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StoreRepository extends JpaRepository<Store, UUID> {

    boolean existsByCode(String code);

    List<Store> findByIdInOrderByCode(Collection<UUID> ids);

    @Query("""
            select s from Store s
            where :q is null or lower(s.name) like :q or lower(s.code) like :q
            """)
    Page<Store> search(@Param("q") String likePattern, Pageable pageable);
}
