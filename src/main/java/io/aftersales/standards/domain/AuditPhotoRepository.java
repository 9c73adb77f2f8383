package io.aftersales.standards.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditPhotoRepository extends JpaRepository<AuditPhoto, UUID> {

    @Query("select p.id from AuditPhoto p where p.storeAuditId = :auditId order by p.createdAt")
    List<UUID> idsOf(@Param("auditId") UUID auditId);
}
