-- Targets (指标细分化) per store, person and month for the additive KPIs. The store's own target has the zero UUID as
-- its person, so that one unique key covers both (portable: no expression index).
CREATE TABLE report_target (
    organization_id UUID NOT NULL,
    month_start     DATE NOT NULL,
    store_id        UUID NOT NULL,
    person_id       UUID NOT NULL,
    metric          VARCHAR(30) NOT NULL,
    target_value    NUMERIC(16, 2) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      UUID NOT NULL,
    PRIMARY KEY (organization_id, month_start, store_id, person_id, metric)
);
