package io.aftersales.feedback.web;

import io.aftersales.customer.CustomerManagement;
import io.aftersales.feedback.SegmentId;
import io.aftersales.feedback.SegmentView;
import io.aftersales.feedback.Segments;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.web.FormErrors;
import io.aftersales.shared.web.NavItem;
import io.aftersales.shared.web.XlsxDownload;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Customer segments in the browser: the list with live counts, the rule form counting as it is filled, members. */
@Controller
class SegmentWebController {

    private final Segments segments;
    private final CustomerManagement customers;

    SegmentWebController(Segments segments, CustomerManagement customers) {
        this.segments = segments;
        this.customers = customers;
    }

    @Bean
    static NavItem segmentsNavItem() {
        return new NavItem(
                        "nav.segments",
                        "/segments",
                        "◎",
                        44,
                        Set.of(
                                "ROLE_ADMIN",
                                "ROLE_HQ",
                                "ROLE_STORE_MANAGER",
                                "ROLE_SERVICE_ADVISOR",
                                "ROLE_FOLLOW_UP_AGENT"))
                .inGroup(NavItem.FEEDBACK);
    }

    @GetMapping("/segments")
    String list(Model model) {
        model.addAttribute("segments", segments.list());
        return "feedback/segments";
    }

    @GetMapping("/segments/new")
    String newForm(Model model) {
        model.addAttribute("form", new SegmentForm());
        return form(null, model);
    }

    @PostMapping("/segments/new")
    String create(
            @Validated @ModelAttribute("form") SegmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                SegmentView created = segments.create(form.getName(), form.toRule());
                redirect.addFlashAttribute("saved", "common.saved");
                return "redirect:/segments/" + created.id();
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(null, model);
    }

    /** The live count of the form as it stands (htmx), or nothing while a criterion does not parse. */
    @PostMapping("/segments/count")
    String count(@Validated @ModelAttribute("form") SegmentForm form, BindingResult result, Model model) {
        // The name does not change who is in it: count before it is typed.
        boolean parsed = result.getFieldErrors().stream()
                .allMatch(error -> error.getField().equals("name"));
        model.addAttribute("count", parsed ? countOf(form) : null);
        return "feedback/segment-form :: count";
    }

    @GetMapping("/segments/{id}")
    String show(@PathVariable SegmentId id, @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("segment", segments.get(id));
        model.addAttribute("result", segments.customers(id, page, 25));
        return "feedback/segment";
    }

    @GetMapping("/segments/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable SegmentId id) {
        return XlsxDownload.of("segment.xlsx", out -> segments.export(id, out));
    }

    @GetMapping("/segments/{id}/edit")
    String editForm(@PathVariable SegmentId id, Model model) {
        model.addAttribute("form", SegmentForm.of(segments.get(id)));
        return form(id, model);
    }

    @PostMapping("/segments/{id}/edit")
    String edit(
            @PathVariable SegmentId id,
            @Validated @ModelAttribute("form") SegmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                segments.update(id, form.getVersion(), form.getName(), form.toRule());
                redirect.addFlashAttribute("saved", "common.saved");
                return "redirect:/segments/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(id, model);
    }

    @PostMapping("/segments/{id}/delete")
    String delete(@PathVariable SegmentId id, RedirectAttributes redirect) {
        segments.delete(id);
        redirect.addFlashAttribute("saved", "segment.deleted");
        return "redirect:/segments";
    }

    /** How many customers the form's rule selects; none while it does not hold together (min above max). */
    private @Nullable Long countOf(SegmentForm form) {
        try {
            return segments.count(form.toRule());
        } catch (DomainException e) {
            return null;
        }
    }

    private String form(@Nullable SegmentId id, Model model) {
        SegmentForm form = (SegmentForm) model.getAttribute("form");
        model.addAttribute("count", form == null ? null : countOf(form));
        model.addAttribute("segmentId", id);
        model.addAttribute("tiers", customers.tiers());
        return "feedback/segment-form";
    }
}
