package io.aftersales.standards.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditPhotoRepository extends JpaRepository<AuditPhoto, UUID> {

    /** The photos of these audits: audit ID and photo ID, oldest first. */
    @Query("select p.storeAuditId, p.id from AuditPhoto p where p.storeAuditId in :auditIds order by p.createdAt")
    List<Object[]> idsOfAudits(@Param("auditIds") Collection<UUID> auditIds);
}
