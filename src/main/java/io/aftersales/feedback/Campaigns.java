package io.aftersales.feedback;

import io.aftersales.customer.ConsentChannel;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomerView;
import io.aftersales.feedback.domain.Campaign;
import io.aftersales.feedback.domain.CampaignRepository;
import io.aftersales.feedback.domain.OutboundMessage;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.shared.security.TenantContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Campaigns (差异化营销): a message to the customers of a segment who consented to its channel, once each, queued in
 * the outbox at its time and sent from there. An opt-out takes back what still waits for that customer on that
 * channel. Results per campaign: the messages and where they are, who came back (a delivered job within the window)
 * and what they paid.
 */
@Service
public class Campaigns {

    private static final Logger log = LoggerFactory.getLogger(Campaigns.class);
    private static final int CHUNK = 200;
    private static final int DEFAULT_WINDOW_DAYS = 30;

    private final CampaignRepository campaigns;
    private final Segments segments;
    private final CustomerManagement customers;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final AuditTrail auditTrail;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Campaigns(
            CampaignRepository campaigns,
            Segments segments,
            CustomerManagement customers,
            Outbox outbox,
            JdbcTemplate jdbc,
            AuditTrail auditTrail,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.campaigns = campaigns;
        this.segments = segments;
        this.customers = customers;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public CampaignView create(NewCampaign request) {
        segments.get(request.segmentId());
        Instant now = clock.instant();
        Instant at = request.scheduledAt() == null ? now : request.scheduledAt();
        if (at.isBefore(now.minus(1, ChronoUnit.HOURS))) {
            throw new InvalidInputException("scheduledAt", "campaign.inThePast");
        }
        Campaign campaign = new Campaign(
                CurrentUser.require().organizationId().value(),
                request.name(),
                request.segmentId().value(),
                request.channel(),
                request.subject(),
                request.body(),
                at,
                request.windowDays() == null ? DEFAULT_WINDOW_DAYS : request.windowDays(),
                now);
        campaigns.saveAndFlush(campaign);
        auditTrail.record("CREATE", "Campaign", campaign.id(), campaign.name());
        return view(campaign);
    }

    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional(readOnly = true)
    public PagedResult<CampaignView> list(@Nullable Integer page, @Nullable Integer size) {
        return PagedResult.of(campaigns.findAllByOrderByScheduledAtDesc(Paging.request(page, size, 25)), this::view);
    }

    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional(readOnly = true)
    public CampaignView get(CampaignId id) {
        return view(find(id));
    }

    /** Calls off a campaign that has not started. */
    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public CampaignView cancel(CampaignId id, long version) {
        Campaign campaign = find(id);
        StaleVersionException.check(version, campaign.version());
        campaign.cancel(clock.instant());
        campaigns.flush();
        auditTrail.record("CANCEL", "Campaign", id, campaign.name());
        return view(campaign);
    }

    /** Sends every campaign whose time has come, in every organisation; returns how many messages were queued. */
    public int launchDue() {
        Instant now = clock.instant();
        // A campaign still sending after ten minutes was stopped half-way (a restart): it is taken up again.
        List<Object[]> due = TenantContext.callAsSystem(() ->
                transactions.execute(status -> campaigns.due(now, now.minus(10, ChronoUnit.MINUTES))));
        int queued = 0;
        for (Object[] row : due == null ? List.<Object[]>of() : due) {
            UUID id = (UUID) row[1];
            try {
                queued += SystemUser.callAs(
                        new OrganizationId((UUID) row[0]), List.of(), () -> launch(new CampaignId(id)));
            } catch (RuntimeException e) {
                // The next run carries on where this one stopped: nobody is reached twice.
                log.warn("Campaign {} stopped: {}", id, e.toString());
            }
        }
        return queued;
    }

    /**
     * Queues the campaign's message for each customer of its segment (as it is now) who consented to the channel and
     * can be reached on it and has not had it yet, in transactions of {@value #CHUNK}; then marks it sent.
     */
    int launch(CampaignId id) {
        Campaign started = transactions.execute(status -> {
            Campaign campaign = find(id);
            campaign.launch(clock.instant());
            return campaign;
        });
        if (started == null) {
            return 0;
        }
        ConsentChannel consent = ConsentChannel.valueOf(started.channel().name());
        List<CustomerId> members = segments.members(new SegmentId(started.segmentId())).stream()
                .sorted(Comparator.comparing(CustomerId::value))
                .toList();
        int queued = 0;
        for (int from = 0; from < members.size(); from += CHUNK) {
            List<CustomerId> chunk = members.subList(from, Math.min(members.size(), from + CHUNK));
            Integer more = transactions.execute(status -> queue(id, consent, chunk));
            queued += more == null ? 0 : more;
        }
        transactions.executeWithoutResult(status -> find(id).finish(clock.instant()));
        log.info("Campaign {}: {} message(s) queued", id, queued);
        return queued;
    }

    private int queue(CampaignId id, ConsentChannel consent, List<CustomerId> chunk) {
        Campaign campaign = find(id);
        Set<UUID> reached = new HashSet<>(jdbc.queryForList(
                "select customer_id from campaign_recipient where campaign_id = ?", UUID.class, id.value()));
        OrganizationId organizationId = new OrganizationId(campaign.organizationId());
        Instant now = clock.instant();
        int queued = 0;
        for (CustomerView customer : customers.getAll(chunk)) {
            String to = campaign.channel().recipientOf(customer);
            if (reached.contains(customer.id().value()) || to == null || !customer.consentsTo(consent)) {
                continue;
            }
            OutboundMessage message = outbox.queue(
                    organizationId,
                    campaign.channel(),
                    to,
                    campaign.subject(),
                    campaign.bodyFor(customer.name()),
                    campaign.id());
            jdbc.update(
                    "insert into campaign_recipient (campaign_id, customer_id, organization_id, message_id, created_at)"
                            + " values (?, ?, ?, ?, ?)",
                    campaign.id(),
                    customer.id().value(),
                    campaign.organizationId(),
                    message.id(),
                    Timestamp.from(now));
            queued++;
        }
        campaign.reached(queued);
        return queued;
    }

    /**
     * An opt-out: the campaign messages still waiting for this customer on this channel are taken back, in the
     * transaction that records the opt-out.
     */
    @Transactional
    public int withdraw(OrganizationId organizationId, CustomerId customerId, ConsentChannel channel) {
        return jdbc.update("""
                update outbound_message set status = 'WITHDRAWN'
                where status = 'QUEUED' and organization_id = ? and channel = ?
                  and id in (select r.message_id from campaign_recipient r
                             where r.customer_id = ? and r.organization_id = ?)
                """, organizationId.value(), channel.name(), customerId.value(), organizationId.value());
    }

    private CampaignView view(Campaign campaign) {
        return new CampaignView(
                new CampaignId(campaign.id()),
                campaign.name(),
                new SegmentId(campaign.segmentId()),
                segments.nameOf(new SegmentId(campaign.segmentId())),
                campaign.channel(),
                campaign.subject(),
                campaign.body(),
                campaign.scheduledAt(),
                campaign.windowDays(),
                campaign.status(),
                campaign.createdAt(),
                campaign.launchedAt(),
                campaign.finishedAt(),
                campaign.version(),
                results(campaign));
    }

    private CampaignView.Results results(Campaign campaign) {
        Map<String, Object> messages = jdbc.queryForMap("""
                select count(*) as recipients,
                       coalesce(sum(case when m.status = 'QUEUED' then 1 else 0 end), 0) as queued,
                       coalesce(sum(case when m.status = 'SENT' then 1 else 0 end), 0) as sent,
                       coalesce(sum(case when m.status = 'FAILED' then 1 else 0 end), 0) as failed,
                       coalesce(sum(case when m.status = 'WITHDRAWN' then 1 else 0 end), 0) as withdrawn
                from campaign_recipient r join outbound_message m on m.id = r.message_id
                where r.campaign_id = ? and r.organization_id = ?
                """, campaign.id(), campaign.organizationId());
        int came = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        if (campaign.launchedAt() != null) {
            Map<String, Object> back = jdbc.queryForMap(
                    """
                    select count(distinct s.customer_id) as came, coalesce(sum(s.amount), 0) as revenue
                    from customer_spend s join campaign_recipient r on r.customer_id = s.customer_id
                    where r.campaign_id = ? and s.organization_id = ? and s.delivered_at >= ? and s.delivered_at < ?
                    """,
                    campaign.id(),
                    campaign.organizationId(),
                    Timestamp.from(campaign.launchedAt()),
                    Timestamp.from(campaign.launchedAt().plus(campaign.windowDays(), ChronoUnit.DAYS)));
            came = number(back.get("came"));
            revenue = new BigDecimal(String.valueOf(back.get("revenue")));
        }
        return new CampaignView.Results(
                number(messages.get("recipients")),
                number(messages.get("queued")),
                number(messages.get("sent")),
                number(messages.get("failed")),
                number(messages.get("withdrawn")),
                came,
                revenue);
    }

    private static int number(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private Campaign find(CampaignId id) {
        return campaigns.findById(id.value()).orElseThrow(() -> new NotFoundException("campaign", id));
    }
}
