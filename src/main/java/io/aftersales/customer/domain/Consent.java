package io.aftersales.customer.domain;

import io.aftersales.customer.ConsentChannel;
import io.aftersales.customer.ConsentView;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

@Embeddable
public class Consent {

    @Enumerated(EnumType.STRING)
    private ConsentChannel channel;

    private boolean granted;
    private Instant recordedAt;

    protected Consent() {
        this.channel = ConsentChannel.SMS;
        this.recordedAt = Instant.EPOCH;
    }

    Consent(ConsentChannel channel, boolean granted, Instant recordedAt) {
        this.channel = channel;
        this.granted = granted;
        this.recordedAt = recordedAt;
    }

    ConsentChannel channel() {
        return channel;
    }

    ConsentView toView() {
        return new ConsentView(channel, granted, recordedAt);
    }
}
