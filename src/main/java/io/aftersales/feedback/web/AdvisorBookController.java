package io.aftersales.feedback.web;

import io.aftersales.customer.CustomerManagement;
import io.aftersales.feedback.AdvisorBook;
import io.aftersales.feedback.FollowUpFilter;
import io.aftersales.feedback.FollowUpManagement;
import io.aftersales.feedback.FollowUpStatus;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.web.NavItem;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** An advisor's book (一对一服务): their own customers with what is open and due, in the browser and the API. */
@Tag(
        name = "Advisor book",
        description = "An advisor's own customers (一对一服务) with open items and the service due next.")
@Controller
class AdvisorBookController {

    private final AdvisorBook book;
    private final CustomerManagement customers;
    private final FollowUpManagement followUps;
    private final OrganizationManagement organization;
    private final Clock clock;

    AdvisorBookController(
            AdvisorBook book,
            CustomerManagement customers,
            FollowUpManagement followUps,
            OrganizationManagement organization,
            Clock clock) {
        this.clock = clock;
        this.book = book;
        this.customers = customers;
        this.followUps = followUps;
        this.organization = organization;
    }

    @Bean
    static NavItem advisorBookNavItem() {
        return new NavItem(
                        "nav.advisorBook",
                        "/advisor-book",
                        "♡",
                        39,
                        Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_STORE_MANAGER", "ROLE_SERVICE_ADVISOR"))
                .inGroup(NavItem.FEEDBACK);
    }

    /** The advisor's customers (the caller's own without {@code advisorId}), by name. */
    @GetMapping(path = "/api/v1/advisor-book", produces = "application/json")
    @ResponseBody
    PagedResult<AdvisorBook.Entry> api(
            @RequestParam(required = false) @Nullable UserId advisorId,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String sort) {
        return book.of(advisorId == null ? CurrentUser.require().userId() : advisorId, page, size, sort);
    }

    @GetMapping("/advisor-book")
    String page(
            @RequestParam(required = false) @Nullable UserId advisorId,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        SignedInUser user = CurrentUser.require();
        List<StaffMember> advisors = customers.advisors();
        // A manager who is no advisor opens the first advisor's book rather than an empty one of their own.
        UserId advisor = advisorId != null
                ? advisorId
                : user.isManager() && !user.hasRole(Role.SERVICE_ADVISOR) && !advisors.isEmpty()
                        ? advisors.get(0).id()
                        : user.userId();
        model.addAttribute("result", book.of(advisor, page, 25, null));
        model.addAttribute("advisorId", advisor);
        model.addAttribute("advisorName", organization.namesOf(List.of(advisor)).get(advisor));
        model.addAttribute("advisors", advisors);
        model.addAttribute(
                "followUps",
                followUps.search(
                        new FollowUpFilter(null, FollowUpStatus.OPEN, null, advisor, null, null), 0, 10, "dueAt"));
        ZoneId zone = organization.zoneOf(CurrentStore.find().orElse(null));
        model.addAttribute("zone", zone);
        model.addAttribute("today", LocalDate.now(clock.withZone(zone)));
        return "feedback/advisor-book";
    }
}
