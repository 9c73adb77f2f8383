package io.aftersales.workorder.web;

import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.shared.web.ProblemResponses;
import io.aftersales.workorder.WorkOrderManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The estimate as the customer sees it through the link sent to them: no sign-in, a phone-sized page, one answer
 * per line. The token names the organisation and the work order; the work runs as the system user inside it.
 */
@Controller
class EstimateWebController {

    private final WorkOrderManagement workOrders;
    private final ProblemResponses messages;

    EstimateWebController(WorkOrderManagement workOrders, ProblemResponses messages) {
        this.workOrders = workOrders;
        this.messages = messages;
    }

    @GetMapping("/estimates/{token}")
    String show(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("done", false);
        try {
            inside(token, (organization, id) -> {
                model.addAttribute("page", workOrders.approvalPage(id, token));
                model.addAttribute("photos", workOrders.photosByLink(id, token));
                return null;
            });
        } catch (DomainException e) {
            model.addAttribute("page", null);
            model.addAttribute("failedText", messages.text(e.messageKey(), e.args()));
        }
        return "workorder/estimate";
    }

    @PostMapping("/estimates/{token}")
    String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model) {
        List<UUID> approved = new ArrayList<>();
        List<UUID> declined = new ArrayList<>();
        WorkOrderWebController.decisions(form, approved, declined);
        String approvedBy = Optional.ofNullable(form.getFirst("approvedBy")).orElse("");
        model.addAttribute("token", token);
        model.addAttribute("page", null);
        try {
            inside(token, (organization, id) -> workOrders.approveByLink(id, token, approved, declined, approvedBy));
            model.addAttribute("done", true);
        } catch (DomainException e) {
            model.addAttribute("done", false);
            model.addAttribute("failedText", messages.text(e.messageKey(), e.args()));
        }
        return "workorder/estimate";
    }

    @GetMapping("/estimates/{token}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable String token, @PathVariable UUID photoId) {
        return WorkOrderWebController.image(
                () -> inside(token, (organization, id) -> workOrders.photoByLink(id, token, photoId)));
    }

    private <T> T inside(String token, BiFunction<UUID, UUID, T> work) {
        UUID[] owner = workOrders
                .resolveApprovalToken(token)
                .orElseThrow(() -> new DomainException("link-expired", "workOrder.linkExpired"));
        return SystemUser.callAs(owner[0], List.of(), () -> work.apply(owner[0], owner[1]));
    }
}
