package io.aftersales.feedback.web;

import io.aftersales.feedback.CampaignId;
import io.aftersales.feedback.CampaignView;
import io.aftersales.feedback.Campaigns;
import io.aftersales.feedback.NewCampaign;
import io.aftersales.shared.PagedResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Campaigns",
        description = "Campaigns (差异化营销): a message to a segment's customers who consented to the channel, once"
                + " each, through the outbox; opt-outs honoured; results (sent, came, revenue).")
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignRestController {

    record CancelRequest(@NotNull Long version) {}

    private final Campaigns campaigns;

    CampaignRestController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    PagedResult<CampaignView> list(
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return campaigns.list(page, size);
    }

    /** Plans a campaign (managers); it is sent at {@code scheduledAt}, or within a minute without one. */
    @PostMapping
    ResponseEntity<CampaignView> create(@Valid @RequestBody NewCampaign request) {
        CampaignView created = campaigns.create(request);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    CampaignView get(@PathVariable CampaignId id) {
        return campaigns.get(id);
    }

    /** Calls off a campaign that has not started (managers), at the version read. */
    @PostMapping("/{id}/cancel")
    CampaignView cancel(@PathVariable CampaignId id, @Valid @RequestBody CancelRequest request) {
        return campaigns.cancel(id, request.version());
    }
}
