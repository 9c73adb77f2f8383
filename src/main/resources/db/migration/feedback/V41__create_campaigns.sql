-- Campaigns (差异化营销): a message to a segment's consenting customers over one channel, sent through the outbox.
CREATE TABLE campaign (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    name            VARCHAR(100)             NOT NULL,
    segment_id      UUID                     NOT NULL,
    channel         VARCHAR(10)              NOT NULL,
    subject         VARCHAR(200)             NOT NULL,
    body            VARCHAR(1000)            NOT NULL,
    scheduled_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    window_days     INT                      NOT NULL,
    status          VARCHAR(10)              NOT NULL,
    recipients      INT                      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    launched_at     TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE,
    version         BIGINT,
    CONSTRAINT campaign_pk PRIMARY KEY (id)
);
CREATE INDEX campaign_due_idx ON campaign (status, scheduled_at);

-- Each customer a campaign reached, once: the message queued for them.
CREATE TABLE campaign_recipient (
    campaign_id     UUID                     NOT NULL,
    customer_id     UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    message_id      UUID                     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT campaign_recipient_pk PRIMARY KEY (campaign_id, customer_id)
);
CREATE INDEX campaign_recipient_by_customer_idx ON campaign_recipient (customer_id);
