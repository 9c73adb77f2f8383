package io.aftersales.feedback.web;

import io.aftersales.feedback.CampaignId;
import io.aftersales.feedback.CampaignView;
import io.aftersales.feedback.Campaigns;
import io.aftersales.feedback.Channel;
import io.aftersales.feedback.Segments;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.web.FormErrors;
import io.aftersales.shared.web.NavItem;
import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
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

/** Campaigns in the browser: the list with results, planning one, its page with cancel. */
@Controller
class CampaignWebController {

    private final Campaigns campaigns;
    private final Segments segments;
    private final OrganizationManagement organization;

    CampaignWebController(Campaigns campaigns, Segments segments, OrganizationManagement organization) {
        this.campaigns = campaigns;
        this.segments = segments;
        this.organization = organization;
    }

    @Bean
    static NavItem campaignsNavItem() {
        return new NavItem(
                        "nav.campaigns",
                        "/campaigns",
                        "✉",
                        45,
                        Set.of(
                                "ROLE_ADMIN",
                                "ROLE_HQ",
                                "ROLE_STORE_MANAGER",
                                "ROLE_SERVICE_ADVISOR",
                                "ROLE_FOLLOW_UP_AGENT"))
                .inGroup(NavItem.FEEDBACK);
    }

    @GetMapping("/campaigns")
    String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("result", campaigns.list(page, 25));
        model.addAttribute("zone", zone());
        return "feedback/campaigns";
    }

    @GetMapping("/campaigns/new")
    String newForm(@RequestParam(required = false) @Nullable String segmentId, Model model) {
        CampaignForm form = new CampaignForm();
        segments.list().stream()
                .filter(s -> s.id().toString().equals(segmentId))
                .findFirst()
                .ifPresent(s -> form.setSegmentId(s.id()));
        model.addAttribute("form", form);
        return form(model);
    }

    @PostMapping("/campaigns/new")
    String create(
            @Validated @ModelAttribute("form") CampaignForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                CampaignView created = campaigns.create(form.toNewCampaign(zone()));
                redirect.addFlashAttribute("saved", "common.saved");
                return "redirect:/campaigns/" + created.id();
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model);
    }

    @GetMapping("/campaigns/{id}")
    String show(@PathVariable CampaignId id, Model model) {
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("zone", zone());
        return "feedback/campaign";
    }

    @PostMapping("/campaigns/{id}/cancel")
    String cancel(@PathVariable CampaignId id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            campaigns.cancel(id, version);
            redirect.addFlashAttribute("saved", "campaign.cancelled");
        } catch (DomainException e) {
            redirect.addFlashAttribute("failed", e.messageKey());
        }
        return "redirect:/campaigns/" + id;
    }

    private String form(Model model) {
        model.addAttribute("segments", segments.list());
        model.addAttribute("channels", Channel.values());
        return "feedback/campaign-form";
    }

    private ZoneId zone() {
        return organization.zoneOf(CurrentStore.find().orElse(null));
    }
}
