-- Commissions (提成): per organisation, role and basis (output value, customer pay, labour, parts), marginal tiers
-- ("from:rate" pairs, e.g. "0:1.5;100000:2") and a monthly cap; a statement per store, person and month with one
-- line per basis (and one for a correction of the month before), computed, approved by a manager and locked by
-- finance with the rest of the store's month. A locked month never changes.
CREATE TABLE staff_commission_rule (
    organization_id UUID NOT NULL,
    role            VARCHAR(30) NOT NULL,
    basis           VARCHAR(20) NOT NULL,
    tiers           VARCHAR(400) NOT NULL,
    monthly_cap     NUMERIC(12, 2),
    CONSTRAINT staff_commission_rule_pk PRIMARY KEY (organization_id, role, basis)
);

CREATE TABLE staff_commission_statement (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    store_id        UUID NOT NULL,
    person_id       UUID NOT NULL,
    month_start     DATE NOT NULL,
    role            VARCHAR(30) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    total           NUMERIC(14, 2) NOT NULL,
    computed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by     UUID,
    approved_at     TIMESTAMP WITH TIME ZONE,
    locked_by       UUID,
    locked_at       TIMESTAMP WITH TIME ZONE,
    version         BIGINT NOT NULL,
    CONSTRAINT staff_commission_statement_uk UNIQUE (organization_id, store_id, month_start, person_id)
);

CREATE TABLE staff_commission_line (
    statement_id UUID NOT NULL,
    line_no      INTEGER NOT NULL,
    basis        VARCHAR(20) NOT NULL,
    base_amount  NUMERIC(14, 2) NOT NULL,
    commission   NUMERIC(14, 2) NOT NULL,
    note         VARCHAR(200),
    CONSTRAINT staff_commission_line_pk PRIMARY KEY (statement_id, line_no),
    CONSTRAINT staff_commission_line_statement_fk FOREIGN KEY (statement_id)
        REFERENCES staff_commission_statement (id) ON DELETE CASCADE
);
