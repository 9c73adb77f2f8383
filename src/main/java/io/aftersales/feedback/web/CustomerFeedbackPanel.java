package io.aftersales.feedback.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerPanel;
import io.aftersales.feedback.ComplaintFilter;
import io.aftersales.feedback.ComplaintManagement;
import io.aftersales.feedback.ComplaintView;
import io.aftersales.feedback.FollowUpFilter;
import io.aftersales.feedback.FollowUpManagement;
import io.aftersales.feedback.FollowUpView;
import io.aftersales.shared.PagedResult;
import org.springframework.stereotype.Component;

/** The customer's follow-ups and complaints (in the stores the user sees) on the customer page. */
@Component
class CustomerFeedbackPanel implements CustomerPanel {

    record Data(CustomerId customerId, PagedResult<FollowUpView> followUps, PagedResult<ComplaintView> complaints) {}

    private final FollowUpManagement followUps;
    private final ComplaintManagement complaints;

    CustomerFeedbackPanel(FollowUpManagement followUps, ComplaintManagement complaints) {
        this.followUps = followUps;
        this.complaints = complaints;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String fragment() {
        return "feedback/panels :: feedback";
    }

    @Override
    public Object data(CustomerId customerId) {
        return new Data(
                customerId,
                followUps.search(FollowUpFilter.forCustomer(customerId), 0, 10, "dueAt,desc"),
                complaints.search(ComplaintFilter.forCustomer(customerId), 0, 10, null));
    }
}
