-- Cost control by the responsible person (成本控制到人): a budget per store, month, cost centre and person (the store's
-- own budget has the zero UUID as its person, as report_target does), and the costs entered by hand for the centres
-- no work order records (warranty not reimbursed, consumables, overtime). Entries are never changed or removed: a
-- correction is an entry of its own, with the opposite amount.
CREATE TABLE report_budget (
    organization_id UUID NOT NULL,
    month_start     DATE NOT NULL,
    store_id        UUID NOT NULL,
    person_id       UUID NOT NULL,
    cost_centre     VARCHAR(30) NOT NULL,
    amount          NUMERIC(14, 2) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      UUID NOT NULL,
    PRIMARY KEY (organization_id, month_start, store_id, person_id, cost_centre)
);

CREATE TABLE report_cost (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    store_id        UUID NOT NULL,
    person_id       UUID,
    cost_centre     VARCHAR(30) NOT NULL,
    on_day          DATE NOT NULL,
    amount          NUMERIC(14, 2) NOT NULL,
    note            VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      UUID NOT NULL
);

CREATE INDEX report_cost_store_day ON report_cost (organization_id, store_id, on_day);
