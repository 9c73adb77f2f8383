-- Work orders (工单) from reception to delivery. Customers, assets, stores and users live in other modules and are
-- referenced by ID only. Amounts are CNY with two decimals; instants are UTC.

CREATE TABLE work_order (
    id                  UUID                     NOT NULL,
    organization_id     UUID                     NOT NULL,
    store_id            UUID                     NOT NULL,
    number              VARCHAR(40)              NOT NULL,
    customer_id         UUID                     NOT NULL,
    customer_name       VARCHAR(200)             NOT NULL,
    asset_id            UUID                     NOT NULL,
    asset_label         VARCHAR(60)              NOT NULL,
    service_type        VARCHAR(20)              NOT NULL,
    status              VARCHAR(20)              NOT NULL,
    held_from           VARCHAR(20),
    hold_reason         VARCHAR(500),
    complaint           VARCHAR(2000)            NOT NULL,
    mileage             INT,
    fuel_level          INT,
    damage              VARCHAR(1000),
    items_left          VARCHAR(1000),
    promised_at         TIMESTAMP WITH TIME ZONE,
    warranty_covered    BOOLEAN                  NOT NULL,
    warranty_reason     VARCHAR(30)              NOT NULL,
    advisor_id          UUID                     NOT NULL,
    lead_technician_id  UUID,
    bay                 VARCHAR(30),
    main_problem        VARCHAR(1000),
    planned_steps       VARCHAR(2000),
    tax_rate            NUMERIC(5, 4)            NOT NULL,
    approved_by         VARCHAR(100),
    approval_channel    VARCHAR(10),
    approved_at         TIMESTAMP WITH TIME ZONE,
    approval_token_hash VARCHAR(64),
    approval_expires_at TIMESTAMP WITH TIME ZONE,
    qc_passed_by        UUID,
    qc_note             VARCHAR(1000),
    final_test          VARCHAR(1000),
    completed_at        TIMESTAMP WITH TIME ZONE,
    amount_due          NUMERIC(12, 2)           NOT NULL,
    amount_owed         NUMERIC(12, 2)           NOT NULL,
    settled_at          TIMESTAMP WITH TIME ZONE,
    signed_by           VARCHAR(100),
    signature           TEXT,
    delivered_at        TIMESTAMP WITH TIME ZONE,
    cancel_reason       VARCHAR(500),
    comeback_of         UUID,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    CONSTRAINT work_order_pk PRIMARY KEY (id),
    CONSTRAINT work_order_number_uk UNIQUE (organization_id, number),
    CONSTRAINT work_order_comeback_fk FOREIGN KEY (comeback_of) REFERENCES work_order (id),
    CONSTRAINT work_order_fuel_ck CHECK (fuel_level BETWEEN 0 AND 100),
    CONSTRAINT work_order_owed_ck CHECK (amount_owed >= 0)
);
CREATE INDEX work_order_board_idx ON work_order (store_id, status);
CREATE INDEX work_order_by_store_created_idx ON work_order (store_id, created_at);
CREATE INDEX work_order_by_asset_idx ON work_order (asset_id, created_at);
CREATE INDEX work_order_by_customer_idx ON work_order (customer_id);
CREATE INDEX work_order_by_advisor_idx ON work_order (advisor_id, created_at);
CREATE INDEX work_order_by_technician_idx ON work_order (lead_technician_id, status);
CREATE UNIQUE INDEX work_order_approval_token_idx ON work_order (approval_token_hash);

-- One row per store and day; the row lock hands out the day's numbers one at a time.
CREATE TABLE work_order_counter (
    store_id   UUID NOT NULL,
    on_day     DATE NOT NULL,
    last_value INT  NOT NULL,
    CONSTRAINT work_order_counter_pk PRIMARY KEY (store_id, on_day)
);

CREATE TABLE work_order_line (
    id                       UUID                     NOT NULL,
    work_order_id            UUID                     NOT NULL,
    position                 INT                      NOT NULL,
    kind                     VARCHAR(10)              NOT NULL,
    description              VARCHAR(300)             NOT NULL,
    quantity                 NUMERIC(10, 2)           NOT NULL,
    unit_price               NUMERIC(12, 2)           NOT NULL,
    pay_type                 VARCHAR(10)              NOT NULL,
    part_id                  UUID,
    part_number              VARCHAR(60),
    genuine                  BOOLEAN,
    decision                 VARCHAR(10)              NOT NULL,
    decided_at               TIMESTAMP WITH TIME ZONE,
    root_cause               VARCHAR(1000),
    warranty_override_reason VARCHAR(500),
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT work_order_line_pk PRIMARY KEY (id),
    CONSTRAINT work_order_line_order_fk FOREIGN KEY (work_order_id) REFERENCES work_order (id) ON DELETE CASCADE,
    CONSTRAINT work_order_line_quantity_ck CHECK (quantity > 0),
    CONSTRAINT work_order_line_price_ck CHECK (unit_price >= 0)
);
CREATE INDEX work_order_line_by_order_idx ON work_order_line (work_order_id);

CREATE TABLE work_order_history (
    work_order_id UUID                     NOT NULL,
    position      INT                      NOT NULL,
    action        VARCHAR(30)              NOT NULL,
    from_status   VARCHAR(20),
    to_status     VARCHAR(20)              NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    by_user       UUID,
    by_name       VARCHAR(100)             NOT NULL,
    note          VARCHAR(2000),
    CONSTRAINT work_order_history_pk PRIMARY KEY (work_order_id, position),
    CONSTRAINT work_order_history_order_fk FOREIGN KEY (work_order_id) REFERENCES work_order (id) ON DELETE CASCADE
);

CREATE TABLE work_order_log (
    work_order_id UUID                     NOT NULL,
    position      INT                      NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    by_user       UUID                     NOT NULL,
    by_name       VARCHAR(100)             NOT NULL,
    line_id       UUID,
    text          VARCHAR(2000)            NOT NULL,
    root_cause    VARCHAR(1000),
    CONSTRAINT work_order_log_pk PRIMARY KEY (work_order_id, position),
    CONSTRAINT work_order_log_order_fk FOREIGN KEY (work_order_id) REFERENCES work_order (id) ON DELETE CASCADE
);

CREATE TABLE work_order_inspection (
    work_order_id UUID         NOT NULL,
    position      INT          NOT NULL,
    item          VARCHAR(100) NOT NULL,
    rating        VARCHAR(10),
    note          VARCHAR(500),
    CONSTRAINT work_order_inspection_pk PRIMARY KEY (work_order_id, position),
    CONSTRAINT work_order_inspection_order_fk FOREIGN KEY (work_order_id) REFERENCES work_order (id) ON DELETE CASCADE
);

CREATE TABLE work_order_checklist (
    work_order_id UUID         NOT NULL,
    position      INT          NOT NULL,
    item          VARCHAR(200) NOT NULL,
    ticked        BOOLEAN      NOT NULL,
    CONSTRAINT work_order_checklist_pk PRIMARY KEY (work_order_id, position),
    CONSTRAINT work_order_checklist_order_fk FOREIGN KEY (work_order_id) REFERENCES work_order (id) ON DELETE CASCADE
);

CREATE TABLE work_order_assistant (
    work_order_id UUID NOT NULL,
    technician_id UUID NOT NULL,
    CONSTRAINT work_order_assistant_pk PRIMARY KEY (work_order_id, technician_id),
    CONSTRAINT work_order_assistant_order_fk FOREIGN KEY (work_order_id) REFERENCES work_order (id) ON DELETE CASCADE
);

CREATE TABLE work_order_time (
    work_order_id UUID                     NOT NULL,
    position      INT                      NOT NULL,
    technician_id UUID                     NOT NULL,
    line_id       UUID,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT work_order_time_pk PRIMARY KEY (work_order_id, position),
    CONSTRAINT work_order_time_order_fk FOREIGN KEY (work_order_id) REFERENCES work_order (id) ON DELETE CASCADE
);

CREATE TABLE work_order_payment (
    work_order_id UUID                     NOT NULL,
    position      INT                      NOT NULL,
    method        VARCHAR(10)              NOT NULL,
    amount        NUMERIC(12, 2)           NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    received_by   UUID                     NOT NULL,
    CONSTRAINT work_order_payment_pk PRIMARY KEY (work_order_id, position),
    CONSTRAINT work_order_payment_order_fk FOREIGN KEY (work_order_id) REFERENCES work_order (id) ON DELETE CASCADE,
    CONSTRAINT work_order_payment_amount_ck CHECK (amount > 0)
);

CREATE TABLE work_order_photo (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    work_order_id   UUID                     NOT NULL,
    stage           VARCHAR(20)              NOT NULL,
    caption         VARCHAR(200),
    content_type    VARCHAR(50)              NOT NULL,
    data            BYTEA                    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      UUID                     NOT NULL,
    CONSTRAINT work_order_photo_pk PRIMARY KEY (id),
    CONSTRAINT work_order_photo_order_fk FOREIGN KEY (work_order_id) REFERENCES work_order (id) ON DELETE CASCADE
);
CREATE INDEX work_order_photo_by_order_idx ON work_order_photo (work_order_id);
