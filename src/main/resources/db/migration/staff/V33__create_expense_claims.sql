-- Expense claims (报销): what a person spent, by category and day, on a trip (dates and route) or not; approved by a
-- manager of the claimant's store, then by finance, then paid; or rejected with a reason. The daily limits per
-- category (per-diem rules) of an organisation; a claim above one carries the claimant's reason.
CREATE TABLE staff_expense_claim (
    id                UUID PRIMARY KEY,
    organization_id   UUID NOT NULL,
    store_id          UUID NOT NULL,
    claimant_id       UUID NOT NULL,
    purpose           VARCHAR(200) NOT NULL,
    trip_from         DATE,
    trip_to           DATE,
    route             VARCHAR(200),
    reference         VARCHAR(100),
    total             NUMERIC(14, 2) NOT NULL,
    over_limit        BOOLEAN NOT NULL,
    over_limit_reason VARCHAR(500),
    status            VARCHAR(20) NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    manager_id        UUID,
    manager_at        TIMESTAMP WITH TIME ZONE,
    finance_id        UUID,
    finance_at        TIMESTAMP WITH TIME ZONE,
    paid_by           UUID,
    paid_at           TIMESTAMP WITH TIME ZONE,
    rejected_by       UUID,
    rejected_at       TIMESTAMP WITH TIME ZONE,
    rejection_reason  VARCHAR(500),
    version           BIGINT NOT NULL,
    CONSTRAINT staff_expense_claim_trip_ck CHECK (trip_to >= trip_from),
    CONSTRAINT staff_expense_claim_total_ck CHECK (total > 0)
);
CREATE INDEX staff_expense_claim_by_store ON staff_expense_claim (organization_id, store_id, submitted_at);
CREATE INDEX staff_expense_claim_by_claimant ON staff_expense_claim (organization_id, claimant_id, submitted_at);

CREATE TABLE staff_expense_item (
    claim_id    UUID NOT NULL,
    line_no     INTEGER NOT NULL,
    category    VARCHAR(20) NOT NULL,
    spent_on    DATE NOT NULL,
    amount      NUMERIC(12, 2) NOT NULL,
    description VARCHAR(200),
    CONSTRAINT staff_expense_item_pk PRIMARY KEY (claim_id, line_no),
    CONSTRAINT staff_expense_item_claim_fk FOREIGN KEY (claim_id) REFERENCES staff_expense_claim (id) ON DELETE CASCADE,
    CONSTRAINT staff_expense_item_amount_ck CHECK (amount > 0)
);

CREATE TABLE staff_expense_rule (
    organization_id UUID NOT NULL,
    category        VARCHAR(20) NOT NULL,
    daily_limit     NUMERIC(12, 2) NOT NULL,
    CONSTRAINT staff_expense_rule_pk PRIMARY KEY (organization_id, category),
    CONSTRAINT staff_expense_rule_limit_ck CHECK (daily_limit >= 0)
);
