package io.aftersales.feedback;

import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomerView;
import io.aftersales.feedback.domain.Complaint;
import io.aftersales.feedback.domain.ComplaintRepository;
import io.aftersales.feedback.domain.FollowUpRepository;
import io.aftersales.feedback.domain.Reminder;
import io.aftersales.feedback.domain.ReminderRepository;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.workorder.WorkOrderManagement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An advisor's book (一对一服务): the customers who have them as their own advisor, each with what is open for them
 * (work orders, follow-ups, complaints, in the stores the reader sees) and the service due next.
 */
@Service
public class AdvisorBook {

    /**
     * One customer of the book.
     *
     * @param nextDue the customer's pending reminder due soonest (maintenance, warranty end, declined work...)
     */
    public record Entry(
            CustomerView customer,
            long openWorkOrders,
            long openFollowUps,
            long openComplaints,
            @Nullable ReminderView nextDue) {

        /** Whether anything waits for the advisor: an open job, follow-up or complaint. */
        public boolean hasOpenItems() {
            return openWorkOrders + openFollowUps + openComplaints > 0;
        }
    }

    private final CustomerManagement customers;
    private final WorkOrderManagement workOrders;
    private final FollowUpRepository followUps;
    private final ComplaintRepository complaints;
    private final ReminderRepository reminders;

    AdvisorBook(
            CustomerManagement customers,
            WorkOrderManagement workOrders,
            FollowUpRepository followUps,
            ComplaintRepository complaints,
            ReminderRepository reminders) {
        this.customers = customers;
        this.workOrders = workOrders;
        this.followUps = followUps;
        this.complaints = complaints;
        this.reminders = reminders;
    }

    /** A page of the advisor's customers (by name unless sorted by {@code name} or {@code createdAt}). */
    @PreAuthorize(RoleGroups.MANAGERS + " or #advisorId == principal.userId")
    @Transactional(readOnly = true)
    public PagedResult<Entry> of(
            UserId advisorId, @Nullable Integer page, @Nullable Integer size, @Nullable String sort) {
        PagedResult<CustomerView> found = customers.ofAdvisor(advisorId, page, size, sort);
        List<CustomerId> ids = found.items().stream().map(CustomerView::id).toList();
        if (ids.isEmpty()) {
            return found.map(customer -> new Entry(customer, 0, 0, 0, null));
        }
        List<UUID> raw = ids.stream().map(CustomerId::value).toList();
        Map<CustomerId, Long> jobs = workOrders.openCounts(ids);
        Map<UUID, Long> openFollowUps = counts(followUps.openCountsByCustomer(raw));
        Map<UUID, Long> openComplaints = counts(complaints.countByCustomer(raw, Complaint.ACTIVE));
        Map<UUID, ReminderView> nextDue = new HashMap<>();
        for (Reminder reminder : reminders.pendingOf(raw)) {
            ReminderView view = reminder.toView();
            nextDue.putIfAbsent(view.customerId().value(), view);
        }
        return found.map(customer -> new Entry(
                customer,
                jobs.getOrDefault(customer.id(), 0L),
                openFollowUps.getOrDefault(customer.id().value(), 0L),
                openComplaints.getOrDefault(customer.id().value(), 0L),
                nextDue.get(customer.id().value())));
    }

    private static Map<UUID, Long> counts(List<Object[]> rows) {
        Map<UUID, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }
}
