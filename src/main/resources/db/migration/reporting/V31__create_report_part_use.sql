-- The parts demand: the catalogue parts each delivered job used (written from WorkOrderDelivered with the job's row
-- of report_work_order), by the store's month of delivery, for the parts forecast and its purchase suggestions.
CREATE TABLE report_part_use (
    work_order_id   UUID NOT NULL,
    part_id         UUID NOT NULL,
    organization_id UUID NOT NULL,
    store_id        UUID NOT NULL,
    month_start     DATE NOT NULL,
    part_number     VARCHAR(60) NOT NULL,
    part_name       VARCHAR(300) NOT NULL,
    quantity        NUMERIC(12, 2) NOT NULL,
    CONSTRAINT report_part_use_pk PRIMARY KEY (work_order_id, part_id)
);

CREATE INDEX report_part_use_by_store_month ON report_part_use (organization_id, store_id, month_start, part_id, quantity);
