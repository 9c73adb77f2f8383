package io.aftersales.workorder;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.workorder.domain.Actor;
import io.aftersales.workorder.domain.WorkOrder;
import io.aftersales.workorder.domain.WorkOrderRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Estimate and approval (估价 / 客户确认): lines by hand or from job templates, the estimate, and the customer's
 * decision line by line, at the desk or through a link that needs no sign-in. A catalogue part line holds its stock
 * from the moment it is added (the inventory listens to {@link PartLineAdded}); a declined one lets it go.
 */
@Service
public class WorkOrderEstimates {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The estimate as the customer sees it through the link, with what to call the work order by. */
    public record ApprovalPage(WorkOrderView workOrder, String storeName) {}

    /** The organisation and the work order an approval link belongs to. */
    public record LinkOwner(OrganizationId organizationId, WorkOrderId workOrderId) {}

    private final WorkOrderSteps steps;
    private final WorkOrderRepository workOrders;
    private final WorkshopStock stock;
    private final OrganizationManagement organization;
    private final WorkOrderProperties properties;

    WorkOrderEstimates(
            WorkOrderSteps steps,
            WorkOrderRepository workOrders,
            WorkshopStock stock,
            OrganizationManagement organization,
            WorkOrderProperties properties) {
        this.steps = steps;
        this.workOrders = workOrders;
        this.stock = stock;
        this.organization = organization;
        this.properties = properties;
    }

    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public WorkOrderView addLine(WorkOrderId id, @Nullable Long version, NewLine line) {
        NewLine described = fromCatalogue(line);
        return steps.act(
                id, version, "ADD_LINE", order -> order.addLine(described, WorkOrderSteps.actor(), steps.now()));
    }

    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public WorkOrderView addTemplate(WorkOrderId id, long version, String templateCode) {
        WorkOrderProperties.JobTemplate template = properties.jobTemplates().get(templateCode);
        if (template == null) {
            throw new InvalidInputException("template", "workOrder.unknownTemplate");
        }
        List<NewLine> lines = template.lines().stream().map(this::fromCatalogue).toList();
        return steps.act(id, version, "ADD_TEMPLATE", order -> {
            Actor actor = WorkOrderSteps.actor();
            lines.forEach(line -> order.addLine(line, actor, steps.now()));
        });
    }

    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public WorkOrderView removeLine(WorkOrderId id, long version, WorkOrderLineId lineId) {
        return steps.act(
                id, version, "REMOVE_LINE", order -> order.removeLine(Identifier.valueOf(lineId), steps.now()));
    }

    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public WorkOrderView estimate(WorkOrderId id, long version) {
        return steps.act(id, version, "ESTIMATE", order -> order.estimate(WorkOrderSteps.actor(), steps.now()));
    }

    /** The customer's decision taken at the desk. */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public WorkOrderView approve(
            WorkOrderId id,
            long version,
            List<WorkOrderLineId> approvedLineIds,
            List<WorkOrderLineId> declinedLineIds,
            String approvedBy) {
        return steps.act(
                id,
                version,
                "APPROVE",
                order -> order.approve(
                        Identifier.values(approvedLineIds),
                        Identifier.values(declinedLineIds),
                        approvedBy,
                        ApprovalChannel.DESK,
                        WorkOrderSteps.actor(),
                        steps.now()));
    }

    /**
     * A link for the customer to approve the estimate without signing in. The token is random and only its hash is
     * stored; it works until it expires or the estimate is decided.
     *
     * @return the token to put in the link
     */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public String issueApprovalLink(WorkOrderId id, long version) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = steps.now();
        steps.act(
                id,
                version,
                "SEND_ESTIMATE",
                order -> order.issueApprovalLink(hash(token), now.plus(properties.approvalLinkTtl()), now));
        return token;
    }

    /** The organisation and work order a link token belongs to, if it is known (expired or not). */
    @Transactional(readOnly = true)
    public Optional<LinkOwner> resolveApprovalToken(String token) {
        return workOrders.findByApprovalTokenHash(hash(token)).map(pair -> {
            String[] parts = pair.split("/");
            return new LinkOwner(
                    new OrganizationId(UUID.fromString(parts[0])), new WorkOrderId(UUID.fromString(parts[1])));
        });
    }

    /** The estimate behind a valid link; runs inside the link's organisation (see the web controller). */
    @Transactional(readOnly = true)
    public ApprovalPage approvalPage(WorkOrderId id, String token) {
        WorkOrderView view = steps.view(byToken(id, token));
        return new ApprovalPage(
                view, organization.store(view.header().storeId()).name());
    }

    @Transactional
    public WorkOrderView approveByLink(
            WorkOrderId id,
            String token,
            List<WorkOrderLineId> approvedLineIds,
            List<WorkOrderLineId> declinedLineIds,
            String approvedBy) {
        WorkOrder order = byToken(id, token);
        order.approve(
                Identifier.values(approvedLineIds),
                Identifier.values(declinedLineIds),
                approvedBy,
                ApprovalChannel.LINK,
                new Actor(null, approvedBy.trim(), false),
                steps.now());
        return steps.save(order, "APPROVE_BY_LINK", approvedBy);
    }

    /** The work order behind a link that is still valid; anything else is an expired link. */
    WorkOrder byToken(WorkOrderId id, String token) {
        WorkOrder order = steps.find(id);
        Optional<LinkOwner> owner = resolveApprovalToken(token);
        if (owner.isEmpty() || !owner.get().workOrderId().equals(id) || !order.approvalLinkValid(steps.now())) {
            throw new DomainException("link-expired", "workOrder.linkExpired");
        }
        return order;
    }

    /** A part line of the catalogue is described by it (number, genuine) when the request leaves that out. */
    private NewLine fromCatalogue(NewLine line) {
        if (line.kind() != LineKind.PART || line.partId() == null) {
            return line;
        }
        WorkshopStock.CataloguePart part = stock.part(line.partId())
                .orElseThrow(() -> new InvalidInputException("partId", "workOrder.unknownPart"));
        return new NewLine(
                line.kind(),
                line.description(),
                line.quantity(),
                line.unitPrice(),
                line.payType(),
                part.id(),
                line.partNumber() == null || line.partNumber().isBlank() ? part.number() : line.partNumber(),
                line.genuine() != null ? line.genuine() : part.genuine(),
                line.warrantyOverrideReason());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
