package io.aftersales.feedback.web;

import io.aftersales.feedback.Channel;
import io.aftersales.feedback.NewCampaign;
import io.aftersales.feedback.SegmentId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A campaign as a web form: the time in the store's zone, empty for now. */
public class CampaignForm {

    @NotBlank
    @Size(max = 100)
    private String name = "";

    @NotNull
    private @Nullable SegmentId segmentId;

    @NotNull
    private Channel channel = Channel.SMS;

    @NotBlank
    @Size(max = 200)
    private String subject = "";

    @NotBlank
    @Size(max = 1000)
    private String body = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private @Nullable LocalDateTime scheduledAt;

    @Min(1)
    @Max(365)
    private int windowDays = 30;

    NewCampaign toNewCampaign(ZoneId zone) {
        return new NewCampaign(
                name,
                Objects.requireNonNull(segmentId, "segmentId is validated @NotNull"),
                channel,
                subject,
                body,
                scheduledAt == null ? null : scheduledAt.atZone(zone).toInstant(),
                windowDays);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable SegmentId getSegmentId() {
        return segmentId;
    }

    public void setSegmentId(@Nullable SegmentId segmentId) {
        this.segmentId = segmentId;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public @Nullable LocalDateTime getScheduledAt() {
        return scheduledAt;
    }

    public void setScheduledAt(@Nullable LocalDateTime scheduledAt) {
        this.scheduledAt = scheduledAt;
    }

    public int getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(int windowDays) {
        this.windowDays = windowDays;
    }
}
