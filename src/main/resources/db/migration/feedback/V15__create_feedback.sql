-- The closed feedback loop: follow-up tasks (回访) with their answers, complaints (投诉) with their history,
-- reminders (主动服务), the outbox of messages to customers, and the spend behind membership tiers. Work orders,
-- customers, assets, stores and users live in other modules and are referenced by ID only.

CREATE TABLE follow_up (
    id                 UUID                     NOT NULL,
    organization_id    UUID                     NOT NULL,
    store_id           UUID                     NOT NULL,
    kind               VARCHAR(20)              NOT NULL,
    dedup_key          VARCHAR(120)             NOT NULL,
    work_order_id      UUID,
    work_order_number  VARCHAR(40),
    customer_id        UUID                     NOT NULL,
    customer_name      VARCHAR(200)             NOT NULL,
    asset_id           UUID,
    asset_label        VARCHAR(60),
    service_type       VARCHAR(20),
    advisor_id         UUID,
    technician_id      UUID,
    complaint_id       UUID,
    subject            VARCHAR(500),
    agent_id           UUID,
    due_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    status             VARCHAR(20)              NOT NULL,
    attempts           INT                      NOT NULL,
    reached            BOOLEAN,
    score              INT,
    nps                INT,
    satisfied          BOOLEAN,
    comment            VARCHAR(2000),
    answered_via       VARCHAR(10),
    completed_by       UUID,
    completed_by_name  VARCHAR(100),
    completed_at       TIMESTAMP WITH TIME ZONE,
    survey_expires_at  TIMESTAMP WITH TIME ZONE,
    survey_sent_at     TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT follow_up_pk PRIMARY KEY (id),
    CONSTRAINT follow_up_score_ck CHECK (score BETWEEN 1 AND 5),
    CONSTRAINT follow_up_nps_ck CHECK (nps BETWEEN 0 AND 10)
);
-- One follow-up per cause (a delivered work order, a complaint's verification round, a reminder): a task that
-- runs twice creates one.
CREATE UNIQUE INDEX follow_up_once_uk ON follow_up (organization_id, dedup_key);
CREATE INDEX follow_up_due_idx ON follow_up (organization_id, status, due_at);
CREATE INDEX follow_up_by_store_idx ON follow_up (store_id, status, due_at);
CREATE INDEX follow_up_by_customer_idx ON follow_up (customer_id);

CREATE TABLE follow_up_answer (
    follow_up_id UUID          NOT NULL,
    position     INT           NOT NULL,
    question     VARCHAR(200)  NOT NULL,
    score        INT,
    text         VARCHAR(1000),
    CONSTRAINT follow_up_answer_pk PRIMARY KEY (follow_up_id, position),
    CONSTRAINT follow_up_answer_fk FOREIGN KEY (follow_up_id) REFERENCES follow_up (id) ON DELETE CASCADE,
    CONSTRAINT follow_up_answer_score_ck CHECK (score BETWEEN 1 AND 5)
);

CREATE TABLE complaint (
    id                   UUID                     NOT NULL,
    organization_id      UUID                     NOT NULL,
    store_id             UUID                     NOT NULL,
    number               VARCHAR(40)              NOT NULL,
    source               VARCHAR(20)              NOT NULL,
    severity             VARCHAR(10)              NOT NULL,
    status               VARCHAR(20)              NOT NULL,
    description          VARCHAR(2000)            NOT NULL,
    work_order_id        UUID,
    work_order_number    VARCHAR(40),
    customer_id          UUID                     NOT NULL,
    customer_name        VARCHAR(200)             NOT NULL,
    advisor_id           UUID,
    technician_id        UUID,
    follow_up_id         UUID,
    owner_id             UUID,
    acknowledge_due      TIMESTAMP WITH TIME ZONE NOT NULL,
    resolve_due          TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at      TIMESTAMP WITH TIME ZONE,
    resolved_at          TIMESTAMP WITH TIME ZONE,
    verified_at          TIMESTAMP WITH TIME ZONE,
    closed_at            TIMESTAMP WITH TIME ZONE,
    root_cause           VARCHAR(2000),
    corrective_action    VARCHAR(2000),
    satisfied            BOOLEAN,
    escalation_level     INT                      NOT NULL,
    escalated_at         TIMESTAMP WITH TIME ZONE,
    rework_work_order_id UUID,
    opened_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL,
    CONSTRAINT complaint_pk PRIMARY KEY (id),
    CONSTRAINT complaint_number_uk UNIQUE (organization_id, number),
    CONSTRAINT complaint_follow_up_fk FOREIGN KEY (follow_up_id) REFERENCES follow_up (id),
    CONSTRAINT complaint_escalation_ck CHECK (escalation_level BETWEEN 0 AND 2)
);
CREATE INDEX complaint_open_idx ON complaint (organization_id, status, resolve_due);
CREATE INDEX complaint_by_store_idx ON complaint (store_id, status);
CREATE INDEX complaint_by_customer_idx ON complaint (customer_id);
CREATE INDEX complaint_by_work_order_idx ON complaint (work_order_id);

CREATE TABLE complaint_history (
    complaint_id UUID                     NOT NULL,
    position     INT                      NOT NULL,
    action       VARCHAR(20)              NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20)              NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    by_user      UUID,
    by_name      VARCHAR(100)             NOT NULL,
    note         VARCHAR(2000),
    CONSTRAINT complaint_history_pk PRIMARY KEY (complaint_id, position),
    CONSTRAINT complaint_history_fk FOREIGN KEY (complaint_id) REFERENCES complaint (id) ON DELETE CASCADE
);

CREATE TABLE reminder (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    store_id        UUID,
    kind            VARCHAR(20)              NOT NULL,
    dedup_key       VARCHAR(120)             NOT NULL,
    customer_id     UUID                     NOT NULL,
    customer_name   VARCHAR(200)             NOT NULL,
    asset_id        UUID,
    asset_label     VARCHAR(60),
    work_order_id   UUID,
    due_on          DATE                     NOT NULL,
    note            VARCHAR(1000)            NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    follow_up_id    UUID,
    message_id      UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT reminder_pk PRIMARY KEY (id),
    CONSTRAINT reminder_once_uk UNIQUE (organization_id, dedup_key)
);
CREATE INDEX reminder_due_idx ON reminder (organization_id, status, due_on);

CREATE TABLE outbound_message (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    channel         VARCHAR(10)              NOT NULL,
    recipient       VARCHAR(200)             NOT NULL,
    subject         VARCHAR(200)             NOT NULL,
    body            VARCHAR(2000)            NOT NULL,
    reference_id    UUID,
    status          VARCHAR(10)              NOT NULL,
    attempts        INT                      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outbound_message_pk PRIMARY KEY (id)
);
CREATE INDEX outbound_message_queue_idx ON outbound_message (status, next_attempt_at);

-- What each delivered work order cost the customer, for membership tiers by spend over the last 12 months.
CREATE TABLE customer_spend (
    work_order_id   UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    customer_id     UUID                     NOT NULL,
    amount          NUMERIC(12, 2)           NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT customer_spend_pk PRIMARY KEY (work_order_id)
);
CREATE INDEX customer_spend_by_customer_idx ON customer_spend (customer_id, delivered_at);

-- The key that signs survey links, made on first use and shared by every instance.
CREATE TABLE link_key (
    id     INT          NOT NULL,
    secret VARCHAR(100) NOT NULL,
    CONSTRAINT link_key_pk PRIMARY KEY (id)
);
