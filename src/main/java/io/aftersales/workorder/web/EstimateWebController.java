package io.aftersales.workorder.web;

import io.aftersales.shared.Image;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.shared.web.ImageResponses;
import io.aftersales.shared.web.ProblemResponses;
import io.aftersales.workorder.PhotoId;
import io.aftersales.workorder.WorkOrderEstimates;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderPhotos;
import io.aftersales.workorder.web.WorkOrderForms.DecisionForm;
import jakarta.validation.Valid;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The estimate as the customer sees it through the link sent to them: no sign-in, a phone-sized page, one answer
 * per line. The token names the organisation and the work order; the work runs as the system user inside it.
 */
@Controller
class EstimateWebController {

    private final WorkOrderEstimates estimates;
    private final WorkOrderPhotos photos;
    private final ProblemResponses messages;

    EstimateWebController(WorkOrderEstimates estimates, WorkOrderPhotos photos, ProblemResponses messages) {
        this.estimates = estimates;
        this.photos = photos;
        this.messages = messages;
    }

    @GetMapping("/estimates/{token}")
    String show(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("done", false);
        try {
            inside(token, id -> {
                model.addAttribute("page", estimates.approvalPage(id, token));
                model.addAttribute("photos", photos.photosByLink(id, token));
                return null;
            });
        } catch (DomainException e) {
            model.addAttribute("page", null);
            model.addAttribute("failedText", messages.text(e.messageKey(), e.args()));
        }
        return "workorder/estimate";
    }

    @PostMapping("/estimates/{token}")
    String answer(
            @PathVariable String token, @Valid @ModelAttribute DecisionForm form, BindingResult result, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("page", null);
        model.addAttribute("done", false);
        if (result.hasErrors()) {
            model.addAttribute("failedText", messages.fieldErrors(result));
            return "workorder/estimate";
        }
        try {
            inside(
                    token,
                    id -> estimates.approveByLink(id, token, form.approved(), form.declined(), form.approvedBy()));
            model.addAttribute("done", true);
        } catch (DomainException e) {
            model.addAttribute("failedText", messages.text(e.messageKey(), e.args()));
        }
        return "workorder/estimate";
    }

    @GetMapping("/estimates/{token}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable String token, @PathVariable PhotoId photoId) {
        try {
            return ImageResponses.of(this.<Image>inside(token, id -> photos.photoByLink(id, token, photoId)));
        } catch (DomainException e) {
            // A picture behind a link that is gone, used or never was: there is no such picture to show.
            throw new NotFoundException("photo", photoId);
        }
    }

    /** Runs the work as the system user inside the link's organisation, with the link's work order. */
    private <T> T inside(String token, Function<WorkOrderId, T> work) {
        WorkOrderEstimates.LinkOwner owner = estimates
                .resolveApprovalToken(token)
                .orElseThrow(() -> new DomainException("link-expired", "workOrder.linkExpired"));
        return SystemUser.callAs(owner.organizationId(), List.of(), () -> work.apply(owner.workOrderId()));
    }
}
