-- Sales (营销) of a manufacturer: its finished products and their stock per warehouse (成品库存, with a ledger),
-- quotes with their revisions and the reason each was lost (成单率), contracts with lines and payment terms, the
-- shipments, planned and issued invoices against contract lines, and what customers owe (应收账款): invoices and
-- the amounts owed on delivered work orders (invoiced later, when the customer asks), paid by payments matched to
-- them; credit limits; reconciliation statements (对账单).
-- Quantities are whole units; amounts include tax. Running figures of a contract line (shipped, invoiced, collected)
-- change only by conditional updates whose WHERE holds the rule, backed by the checks here.
CREATE TABLE sales_product (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    model           VARCHAR(60) NOT NULL,
    name            VARCHAR(200) NOT NULL,
    specification   VARCHAR(500),
    drawing         VARCHAR(200),
    unit            VARCHAR(20) NOT NULL,
    list_price      NUMERIC(14, 2) NOT NULL,
    active          BOOLEAN NOT NULL,
    version         BIGINT NOT NULL,
    CONSTRAINT sales_product_model_uk UNIQUE (organization_id, model),
    CONSTRAINT sales_product_price_ck CHECK (list_price >= 0)
);

CREATE TABLE sales_stock (
    organization_id UUID NOT NULL,
    product_id      UUID NOT NULL,
    warehouse       VARCHAR(60) NOT NULL,
    location        VARCHAR(60),
    on_hand         INTEGER NOT NULL,
    reserved        INTEGER NOT NULL,
    CONSTRAINT sales_stock_pk PRIMARY KEY (product_id, warehouse),
    CONSTRAINT sales_stock_product_fk FOREIGN KEY (product_id) REFERENCES sales_product (id),
    CONSTRAINT sales_stock_on_hand_ck CHECK (on_hand >= 0),
    CONSTRAINT sales_stock_reserved_ck CHECK (reserved >= 0 AND reserved <= on_hand)
);

CREATE TABLE sales_stock_movement (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    product_id      UUID NOT NULL,
    warehouse       VARCHAR(60) NOT NULL,
    quantity        INTEGER NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    shipment_id     UUID,
    note            VARCHAR(200),
    moved_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    moved_by        UUID NOT NULL
);
CREATE INDEX sales_stock_movement_by_product ON sales_stock_movement (organization_id, product_id, moved_at);

CREATE TABLE sales_counter (
    organization_id UUID NOT NULL,
    on_day          DATE NOT NULL,
    last_value      INTEGER NOT NULL,
    CONSTRAINT sales_counter_pk PRIMARY KEY (organization_id, on_day)
);

CREATE TABLE sales_quote (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    number          VARCHAR(40) NOT NULL,
    customer_id     UUID NOT NULL,
    rep_id          UUID NOT NULL,
    status          VARCHAR(10) NOT NULL,
    revision        INTEGER NOT NULL,
    valid_until     DATE NOT NULL,
    total           NUMERIC(14, 2) NOT NULL,
    created_on      DATE NOT NULL,
    sent_on         DATE,
    decided_on      DATE,
    loss_reason     VARCHAR(30),
    competitor      VARCHAR(100),
    loss_note       VARCHAR(500),
    contract_id     UUID,
    version         BIGINT NOT NULL,
    CONSTRAINT sales_quote_number_uk UNIQUE (organization_id, number)
);
CREATE INDEX sales_quote_by_created ON sales_quote (organization_id, created_on);
CREATE INDEX sales_quote_by_decision ON sales_quote (organization_id, decided_on);

CREATE TABLE sales_quote_line (
    quote_id   UUID NOT NULL,
    revision   INTEGER NOT NULL,
    line_no    INTEGER NOT NULL,
    product_id UUID NOT NULL,
    quantity   INTEGER NOT NULL,
    unit_price NUMERIC(14, 2) NOT NULL,
    amount     NUMERIC(14, 2) NOT NULL,
    CONSTRAINT sales_quote_line_pk PRIMARY KEY (quote_id, revision, line_no),
    CONSTRAINT sales_quote_line_quote_fk FOREIGN KEY (quote_id) REFERENCES sales_quote (id),
    CONSTRAINT sales_quote_line_quantity_ck CHECK (quantity > 0)
);

-- The organisation's own list of reasons a quote is lost; none: the built-in list. A reason taken off the list stays
-- (inactive) so that the quotes lost for it keep their label.
CREATE TABLE sales_loss_reason (
    organization_id UUID NOT NULL,
    code            VARCHAR(30) NOT NULL,
    label           VARCHAR(60) NOT NULL,
    position        INTEGER NOT NULL,
    active          BOOLEAN NOT NULL,
    CONSTRAINT sales_loss_reason_pk PRIMARY KEY (organization_id, code)
);

CREATE TABLE sales_contract (
    id                 UUID PRIMARY KEY,
    organization_id    UUID NOT NULL,
    number             VARCHAR(40) NOT NULL,
    customer_id        UUID NOT NULL,
    rep_id             UUID NOT NULL,
    quote_id           UUID,
    signed_on          DATE NOT NULL,
    delivery_due       DATE,
    total              NUMERIC(14, 2) NOT NULL,
    advance_pct        NUMERIC(5, 2) NOT NULL,
    delivery_pct       NUMERIC(5, 2) NOT NULL,
    acceptance_pct     NUMERIC(5, 2) NOT NULL,
    retention_pct      NUMERIC(5, 2) NOT NULL,
    payment_days       INTEGER NOT NULL,
    required_documents VARCHAR(300),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sales_contract_number_uk UNIQUE (organization_id, number),
    CONSTRAINT sales_contract_terms_ck CHECK (advance_pct + delivery_pct + acceptance_pct + retention_pct = 100)
);
CREATE INDEX sales_contract_by_signed ON sales_contract (organization_id, signed_on);
CREATE INDEX sales_contract_by_customer ON sales_contract (organization_id, customer_id);

CREATE TABLE sales_contract_line (
    id          UUID PRIMARY KEY,
    contract_id UUID NOT NULL,
    line_no     INTEGER NOT NULL,
    product_id  UUID NOT NULL,
    quantity    INTEGER NOT NULL,
    unit_price  NUMERIC(14, 2) NOT NULL,
    amount      NUMERIC(14, 2) NOT NULL,
    due_on      DATE,
    shipped     INTEGER NOT NULL,
    reserved    INTEGER NOT NULL,
    invoiced    NUMERIC(14, 2) NOT NULL,
    collected   NUMERIC(14, 2) NOT NULL,
    CONSTRAINT sales_contract_line_contract_fk FOREIGN KEY (contract_id) REFERENCES sales_contract (id),
    CONSTRAINT sales_contract_line_quantity_ck CHECK (quantity > 0),
    CONSTRAINT sales_contract_line_shipped_ck CHECK (shipped >= 0 AND reserved >= 0 AND shipped + reserved <= quantity),
    CONSTRAINT sales_contract_line_invoiced_ck CHECK (invoiced >= 0 AND invoiced <= amount),
    CONSTRAINT sales_contract_line_collected_ck CHECK (collected >= 0 AND collected <= invoiced)
);
CREATE INDEX sales_contract_line_by_contract ON sales_contract_line (contract_id, line_no);

-- Units of a warehouse held for a contract line (预留): other shipments cannot take them; its shipments take them
-- first.
CREATE TABLE sales_reservation (
    contract_line_id UUID NOT NULL,
    warehouse        VARCHAR(60) NOT NULL,
    quantity         INTEGER NOT NULL,
    CONSTRAINT sales_reservation_pk PRIMARY KEY (contract_line_id, warehouse),
    CONSTRAINT sales_reservation_line_fk FOREIGN KEY (contract_line_id) REFERENCES sales_contract_line (id),
    CONSTRAINT sales_reservation_quantity_ck CHECK (quantity >= 0)
);

CREATE TABLE sales_shipment (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    number          VARCHAR(40) NOT NULL,
    contract_id     UUID NOT NULL,
    warehouse       VARCHAR(60) NOT NULL,
    shipped_on      DATE NOT NULL,
    carrier         VARCHAR(100),
    tracking_number VARCHAR(60),
    shipped_by      UUID NOT NULL,
    CONSTRAINT sales_shipment_contract_fk FOREIGN KEY (contract_id) REFERENCES sales_contract (id)
);
CREATE INDEX sales_shipment_by_contract ON sales_shipment (contract_id);
CREATE INDEX sales_shipment_by_day ON sales_shipment (organization_id, shipped_on);

CREATE TABLE sales_shipment_line (
    shipment_id      UUID NOT NULL,
    contract_line_id UUID NOT NULL,
    quantity         INTEGER NOT NULL,
    CONSTRAINT sales_shipment_line_pk PRIMARY KEY (shipment_id, contract_line_id),
    CONSTRAINT sales_shipment_line_shipment_fk FOREIGN KEY (shipment_id) REFERENCES sales_shipment (id),
    CONSTRAINT sales_shipment_line_quantity_ck CHECK (quantity > 0)
);

CREATE TABLE sales_receivable (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    customer_id     UUID NOT NULL,
    kind            VARCHAR(12) NOT NULL,
    store_id        UUID,
    contract_id     UUID,
    work_order_id   UUID,
    reference       VARCHAR(60) NOT NULL,
    arose_on        DATE NOT NULL,
    due_on          DATE NOT NULL,
    amount          NUMERIC(14, 2) NOT NULL,
    paid            NUMERIC(14, 2) NOT NULL,
    rep_id          UUID,
    invoice_number  VARCHAR(40),
    e_fapiao        VARCHAR(20),
    invoiced_on     DATE,
    tax_rate        NUMERIC(5, 2),
    CONSTRAINT sales_receivable_work_order_uk UNIQUE (work_order_id),
    CONSTRAINT sales_receivable_paid_ck CHECK (paid >= 0 AND paid <= amount),
    CONSTRAINT sales_receivable_amount_ck CHECK (amount > 0)
);
CREATE INDEX sales_receivable_by_customer ON sales_receivable (organization_id, customer_id, arose_on);
CREATE INDEX sales_receivable_by_day ON sales_receivable (organization_id, arose_on);

CREATE TABLE sales_invoice (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    number          VARCHAR(40) NOT NULL,
    e_fapiao        VARCHAR(20),
    contract_id     UUID NOT NULL,
    issued_on       DATE NOT NULL,
    amount          NUMERIC(14, 2) NOT NULL,
    tax_rate        NUMERIC(5, 2) NOT NULL,
    tax             NUMERIC(14, 2) NOT NULL,
    receivable_id   UUID NOT NULL,
    issued_by       UUID NOT NULL,
    CONSTRAINT sales_invoice_number_uk UNIQUE (organization_id, number),
    CONSTRAINT sales_invoice_contract_fk FOREIGN KEY (contract_id) REFERENCES sales_contract (id),
    CONSTRAINT sales_invoice_receivable_fk FOREIGN KEY (receivable_id) REFERENCES sales_receivable (id)
);
CREATE INDEX sales_invoice_by_contract ON sales_invoice (contract_id);

CREATE TABLE sales_invoice_line (
    invoice_id       UUID NOT NULL,
    line_no          INTEGER NOT NULL,
    contract_line_id UUID NOT NULL,
    amount           NUMERIC(14, 2) NOT NULL,
    collected        NUMERIC(14, 2) NOT NULL,
    CONSTRAINT sales_invoice_line_pk PRIMARY KEY (invoice_id, line_no),
    CONSTRAINT sales_invoice_line_invoice_fk FOREIGN KEY (invoice_id) REFERENCES sales_invoice (id),
    CONSTRAINT sales_invoice_line_collected_ck CHECK (collected >= 0 AND collected <= amount)
);

CREATE TABLE sales_invoice_plan (
    id          UUID PRIMARY KEY,
    contract_id UUID NOT NULL,
    planned_on  DATE NOT NULL,
    amount      NUMERIC(14, 2) NOT NULL,
    note        VARCHAR(200),
    invoice_id  UUID,
    CONSTRAINT sales_invoice_plan_contract_fk FOREIGN KEY (contract_id) REFERENCES sales_contract (id),
    CONSTRAINT sales_invoice_plan_amount_ck CHECK (amount > 0)
);

CREATE TABLE sales_payment (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    customer_id     UUID NOT NULL,
    received_on     DATE NOT NULL,
    amount          NUMERIC(14, 2) NOT NULL,
    method          VARCHAR(20) NOT NULL,
    reference       VARCHAR(100),
    recorded_by     UUID NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sales_payment_amount_ck CHECK (amount > 0)
);
CREATE INDEX sales_payment_by_customer ON sales_payment (organization_id, customer_id, received_on);

CREATE TABLE sales_payment_allocation (
    payment_id    UUID NOT NULL,
    receivable_id UUID NOT NULL,
    amount        NUMERIC(14, 2) NOT NULL,
    CONSTRAINT sales_payment_allocation_pk PRIMARY KEY (payment_id, receivable_id),
    CONSTRAINT sales_payment_allocation_payment_fk FOREIGN KEY (payment_id) REFERENCES sales_payment (id),
    CONSTRAINT sales_payment_allocation_receivable_fk FOREIGN KEY (receivable_id) REFERENCES sales_receivable (id),
    CONSTRAINT sales_payment_allocation_amount_ck CHECK (amount > 0)
);

-- The most a customer may owe (信用额度): a shipment that would take what they owe beyond it is refused.
CREATE TABLE sales_credit_limit (
    organization_id UUID NOT NULL,
    customer_id     UUID NOT NULL,
    credit_limit    NUMERIC(14, 2) NOT NULL,
    set_by          UUID NOT NULL,
    set_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sales_credit_limit_pk PRIMARY KEY (organization_id, customer_id),
    CONSTRAINT sales_credit_limit_ck CHECK (credit_limit >= 0)
);

CREATE TABLE sales_statement (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    customer_id     UUID NOT NULL,
    period_from     DATE NOT NULL,
    period_to       DATE NOT NULL,
    opening         NUMERIC(14, 2) NOT NULL,
    debits          NUMERIC(14, 2) NOT NULL,
    credits         NUMERIC(14, 2) NOT NULL,
    closing         NUMERIC(14, 2) NOT NULL,
    created_by      UUID NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_on    DATE,
    confirmed_by    VARCHAR(100),
    confirmation    VARCHAR(500),
    version         BIGINT NOT NULL,
    CONSTRAINT sales_statement_period_ck CHECK (period_to >= period_from)
);
CREATE INDEX sales_statement_by_customer ON sales_statement (organization_id, customer_id, period_to);
