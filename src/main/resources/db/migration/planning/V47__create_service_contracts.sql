-- Service contracts (服务合同): a customer's covered vehicles or equipment, visits on a schedule, an SLA for calls.
CREATE TABLE service_contract (
    id                    UUID                     NOT NULL,
    organization_id       UUID                     NOT NULL,
    store_id              UUID                     NOT NULL,
    customer_id           UUID                     NOT NULL,
    customer_name         VARCHAR(200)             NOT NULL,
    number                VARCHAR(40)              NOT NULL,
    title                 VARCHAR(200)             NOT NULL,
    starts_on             DATE                     NOT NULL,
    ends_on               DATE                     NOT NULL,
    visit_every_months    INT                      NOT NULL,
    visit_type            VARCHAR(20)              NOT NULL,
    response_hours        INT                      NOT NULL,
    resolution_hours      INT                      NOT NULL,
    included_labour_hours NUMERIC(10, 2)           NOT NULL,
    included_parts        NUMERIC(12, 2)           NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT,
    CONSTRAINT service_contract_pk PRIMARY KEY (id),
    CONSTRAINT service_contract_number_uk UNIQUE (organization_id, number)
);

CREATE TABLE service_contract_asset (
    service_contract_id UUID         NOT NULL,
    asset_id            UUID         NOT NULL,
    asset_label         VARCHAR(100) NOT NULL,
    CONSTRAINT service_contract_asset_pk PRIMARY KEY (service_contract_id, asset_id),
    CONSTRAINT service_contract_asset_fk FOREIGN KEY (service_contract_id) REFERENCES service_contract (id)
);

-- The work a contract brought: a scheduled visit (one per asset and due day, so a visit is never made twice) or a
-- call with its SLA deadlines; each is a work order.
CREATE TABLE contract_work (
    id                  UUID                     NOT NULL,
    organization_id     UUID                     NOT NULL,
    service_contract_id UUID                     NOT NULL,
    asset_id            UUID                     NOT NULL,
    kind                VARCHAR(10)              NOT NULL,
    due_on              DATE,
    work_order_id       UUID                     NOT NULL,
    work_order_number   VARCHAR(40)              NOT NULL,
    reported_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    respond_by          TIMESTAMP WITH TIME ZONE,
    resolve_by          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT contract_work_pk PRIMARY KEY (id),
    CONSTRAINT contract_work_visit_uk UNIQUE (service_contract_id, asset_id, due_on),
    CONSTRAINT contract_work_fk FOREIGN KEY (service_contract_id) REFERENCES service_contract (id)
);
