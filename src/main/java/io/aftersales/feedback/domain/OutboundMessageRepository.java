package io.aftersales.feedback.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboundMessageRepository extends JpaRepository<OutboundMessage, UUID> {

    @Query("""
            select m.id from OutboundMessage m
            where m.status = MessageStatus.QUEUED and m.nextAttemptAt <= :now
            order by m.nextAttemptAt
            """)
    List<UUID> due(@Param("now") Instant now, Pageable page);

    List<OutboundMessage> findByReferenceIdOrderByCreatedAt(UUID referenceId);

    @Modifying
    @Query("""
            update OutboundMessage m set m.status = MessageStatus.WITHDRAWN
            where m.status = MessageStatus.QUEUED and m.organizationId = :organizationId and m.referenceId = :ref
            """)
    int withdrawQueued(@Param("organizationId") UUID organizationId, @Param("ref") UUID ref);
}
