package io.aftersales.inventory.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PartRepository extends JpaRepository<Part, UUID> {

    /** By number or barcode (exact, normalised) or a piece of the name. */
    @Query("""
            select p from Part p
            where :q is null or p.number like :numberPrefix or p.barcode = :exact or p.nameLower like :namePart
            """)
    Page<Part> search(
            @Param("q") String query,
            @Param("numberPrefix") String numberPrefix,
            @Param("exact") String exact,
            @Param("namePart") String namePart,
            Pageable pageable);

    boolean existsByNumber(String number);

    List<Part> findByIdIn(Collection<UUID> ids);
}
