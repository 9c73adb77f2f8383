package io.aftersales.feedback;

import io.aftersales.feedback.domain.Actor;
import io.aftersales.feedback.domain.ComplaintRepository;
import io.aftersales.feedback.domain.FollowUp;
import io.aftersales.feedback.domain.FollowUpRepository;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.Replay;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderManagement;
import io.aftersales.workorder.WorkOrderView;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follow-ups and complaints that happened before they were recorded here (a previous system's history, the demo's):
 * each through the aggregates' own steps with the times they happened, and with the same consequences as today (a
 * low answer opens a complaint, a resolved complaint is verified by a call).
 */
@Service
public class FeedbackHistory {

    private final FollowUpManagement followUps;
    private final FollowUpRepository followUpRepository;
    private final FollowUpFactory factory;
    private final ComplaintManagement complaints;
    private final ComplaintRepository complaintRepository;
    private final WorkOrderManagement workOrders;
    private final OrganizationManagement organization;
    private final FeedbackProperties properties;
    private final TransactionTemplate transactions;
    private final EntityManager entityManager;

    FeedbackHistory(
            FollowUpManagement followUps,
            FollowUpRepository followUpRepository,
            FollowUpFactory factory,
            ComplaintManagement complaints,
            ComplaintRepository complaintRepository,
            WorkOrderManagement workOrders,
            OrganizationManagement organization,
            FeedbackProperties properties,
            PlatformTransactionManager transactionManager,
            EntityManager entityManager) {
        this.followUps = followUps;
        this.followUpRepository = followUpRepository;
        this.factory = factory;
        this.complaints = complaints;
        this.complaintRepository = complaintRepository;
        this.workOrders = workOrders;
        this.organization = organization;
        this.properties = properties;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Every finished follow-up and every complaint of the organisation as their events told them, a page at a time:
     * for a projection built again from scratch. Nothing is published.
     *
     * @return how many follow-ups and complaints were told
     */
    @PreAuthorize(RoleGroups.ADMINS)
    @Transactional
    public long replay(Consumer<FollowUpCompleted> followedUp, Consumer<ComplaintOpened> opened) {
        long followUps = Replay.inPages(
                entityManager,
                Sort.by("id"),
                page -> followUpRepository.findAll(page).getContent(),
                followUp -> {
                    FollowUpCompleted completed = followUp.completedEvent();
                    if (completed != null) {
                        followedUp.accept(completed);
                    }
                });
        return followUps
                + Replay.inPages(
                        entityManager,
                        Sort.by("id"),
                        page -> complaintRepository.findAll(page).getContent(),
                        complaint -> opened.accept(complaint.openedEvent()));
    }

    /**
     * The follow-up of a delivered work order, due as today's would be, and what came of it as {@code story} tells
     * it, in a transaction of its own. Tried again when the follow-up listener made the same follow-up at the same
     * moment.
     *
     * @return whether the story was told: not for a work order that was not delivered, nor for a follow-up worked on
     *     already (a history loaded again)
     */
    @PreAuthorize(RoleGroups.ADMINS)
    public boolean afterService(WorkOrderId id, Consumer<PastFollowUp> story) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Boolean.TRUE.equals(transactions.execute(status -> tell(id, story)));
            } catch (DataIntegrityViolationException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private boolean tell(WorkOrderId id, Consumer<PastFollowUp> story) {
        WorkOrderView order = workOrders.get(id);
        Instant deliveredAt = order.settlement().deliveredAt();
        if (deliveredAt == null) {
            return false;
        }
        Instant due = deliveredAt.plus(
                properties.followUpDelayFor(order.header().serviceType().name()));
        FollowUpView view = followUps.createAfterService(new FollowUpManagement.Due(
                CurrentUser.require().organizationId(), id, due, FollowUp.Subject.of(order)));
        if (view.status() != FollowUpStatus.OPEN || view.attempts() > 0) {
            return false;
        }
        story.accept(new PastFollowUp(
                followUpRepository.findById(view.id().value()).orElseThrow(),
                due,
                order.header().storeId(),
                view.questions(),
                this));
        return true;
    }

    Actor actor(UserId id) {
        List<StaffMember> found = organization.staff(List.of(id));
        if (found.isEmpty()) {
            throw new InvalidInputException("userId", "workOrder.unknownStaff");
        }
        return new Actor(id.value(), found.get(0).displayName());
    }

    FeedbackProperties properties() {
        return properties;
    }

    FollowUpRepository followUpRepository() {
        return followUpRepository;
    }

    ComplaintRepository complaintRepository() {
        return complaintRepository;
    }

    ComplaintManagement complaints() {
        return complaints;
    }

    FollowUpFactory factory() {
        return factory;
    }
}
