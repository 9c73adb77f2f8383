-- Warranty claims to the maker (索赔): one per delivered work order, built from its WARRANTY lines.
CREATE TABLE warranty_claim (
    id                UUID                     NOT NULL,
    organization_id   UUID                     NOT NULL,
    store_id          UUID                     NOT NULL,
    number            VARCHAR(30)              NOT NULL,
    work_order_id     UUID                     NOT NULL,
    work_order_number VARCHAR(40)              NOT NULL,
    asset_label       VARCHAR(200)             NOT NULL,
    customer_name     VARCHAR(200)             NOT NULL,
    fault_code        VARCHAR(30),
    note              VARCHAR(500),
    status            VARCHAR(10)              NOT NULL,
    labour_amount     NUMERIC(12, 2)           NOT NULL,
    parts_amount      NUMERIC(12, 2)           NOT NULL,
    approved_amount   NUMERIC(12, 2),
    maker_reference   VARCHAR(60),
    rejection_reason  VARCHAR(500),
    paid_amount       NUMERIC(12, 2),
    paid_on           DATE,
    payment_reference VARCHAR(60),
    submissions       INT                      NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by      UUID                     NOT NULL,
    decided_at        TIMESTAMP WITH TIME ZONE,
    paid_at           TIMESTAMP WITH TIME ZONE,
    version           BIGINT,
    CONSTRAINT warranty_claim_pk PRIMARY KEY (id),
    CONSTRAINT warranty_claim_work_order_uk UNIQUE (organization_id, work_order_id),
    CONSTRAINT warranty_claim_number_uk UNIQUE (organization_id, number)
);
CREATE INDEX warranty_claim_by_submitted_idx ON warranty_claim (organization_id, submitted_at);

-- What is claimed: the work order's WARRANTY lines with the maker's labour codes, and for a part line the ledger
-- movement that issued the new part to that line.
CREATE TABLE warranty_claim_line (
    warranty_claim_id  UUID           NOT NULL,
    position           INT            NOT NULL,
    work_order_line_id UUID           NOT NULL,
    kind               VARCHAR(10)    NOT NULL,
    description        VARCHAR(200)   NOT NULL,
    labour_code        VARCHAR(30),
    part_id            UUID,
    part_number        VARCHAR(60),
    quantity           NUMERIC(12, 2) NOT NULL,
    amount             NUMERIC(12, 2) NOT NULL,
    issue_movement_id  UUID,
    CONSTRAINT warranty_claim_line_pk PRIMARY KEY (warranty_claim_id, position),
    CONSTRAINT warranty_claim_line_claim_fk FOREIGN KEY (warranty_claim_id) REFERENCES warranty_claim (id)
);

-- Old parts (旧件) taken off under warranty: tagged with the claim, stored in a bin, shipped back or scrapped.
CREATE TABLE old_part (
    id                 UUID                     NOT NULL,
    organization_id    UUID                     NOT NULL,
    store_id           UUID                     NOT NULL,
    tag                VARCHAR(40)              NOT NULL,
    warranty_claim_id  UUID                     NOT NULL,
    work_order_id      UUID                     NOT NULL,
    work_order_line_id UUID                     NOT NULL,
    part_id            UUID,
    part_number        VARCHAR(60),
    description        VARCHAR(200)             NOT NULL,
    quantity           NUMERIC(12, 2)           NOT NULL,
    issue_movement_id  UUID,
    status             VARCHAR(10)              NOT NULL,
    bin                VARCHAR(30),
    shipment           VARCHAR(60),
    scrap_reason       VARCHAR(300),
    tagged_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    stored_at          TIMESTAMP WITH TIME ZONE,
    stored_by          UUID,
    shipped_at         TIMESTAMP WITH TIME ZONE,
    shipped_by         UUID,
    version            BIGINT,
    CONSTRAINT old_part_pk PRIMARY KEY (id),
    CONSTRAINT old_part_tag_uk UNIQUE (organization_id, tag),
    CONSTRAINT old_part_claim_fk FOREIGN KEY (warranty_claim_id) REFERENCES warranty_claim (id)
);
CREATE INDEX old_part_by_claim_idx ON old_part (warranty_claim_id);
CREATE INDEX old_part_by_status_idx ON old_part (organization_id, status, tagged_at);

CREATE TABLE warranty_claim_counter (
    organization_id UUID NOT NULL,
    on_day          DATE NOT NULL,
    last_value      INT  NOT NULL,
    CONSTRAINT warranty_claim_counter_pk PRIMARY KEY (organization_id, on_day)
);

-- Delivered work orders with WARRANTY lines, learnt from workorder.WorkOrderDelivered: the jobs to claim (待索赔).
CREATE TABLE claimable_job (
    work_order_id     UUID                     NOT NULL,
    organization_id   UUID                     NOT NULL,
    store_id          UUID                     NOT NULL,
    number            VARCHAR(40)              NOT NULL,
    asset_label       VARCHAR(200)             NOT NULL,
    customer_name     VARCHAR(200)             NOT NULL,
    warranty_amount   NUMERIC(12, 2)           NOT NULL,
    delivered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT claimable_job_pk PRIMARY KEY (work_order_id)
);
CREATE INDEX claimable_job_by_delivered_idx ON claimable_job (organization_id, delivered_at);
