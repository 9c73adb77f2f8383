package io.aftersales.feedback.domain;

import io.aftersales.feedback.CampaignStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CampaignRepository extends JpaRepository<Campaign, UUID> {

    Page<Campaign> findAllByOrderByScheduledAtDesc(Pageable pageable);

    /**
     * Campaigns to send now, and those a stop left half-sent (started before {@code stale}), in every organisation (run
     * as the system).
     */
    @Query("""
            select c.organizationId, c.id from Campaign c
            where (c.status = io.aftersales.feedback.CampaignStatus.SENDING and c.launchedAt < :stale)
               or (c.status = io.aftersales.feedback.CampaignStatus.SCHEDULED and c.scheduledAt <= :now)
            order by c.scheduledAt
            """)
    List<Object[]> due(@Param("now") Instant now, @Param("stale") Instant stale);

    boolean existsBySegmentIdAndStatusIn(UUID segmentId, List<CampaignStatus> statuses);
}
