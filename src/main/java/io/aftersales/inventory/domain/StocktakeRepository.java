package io.aftersales.inventory.domain;

import io.aftersales.shared.domain.Inserting;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StocktakeRepository extends JpaRepository<Stocktake, UUID>, Inserting<Stocktake> {

    @Query("select s from Stocktake s where :storeId is null or s.storeId = :storeId")
    Page<Stocktake> search(@Param("storeId") UUID storeId, Pageable pageable);
}
