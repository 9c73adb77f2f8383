-- Reporting's own projection: one row per work order, written from the work-order events (received, then
-- delivered with its amounts and hours). Dates are the store's local days. No foreign keys across modules.
CREATE TABLE report_work_order (
    work_order_id      UUID PRIMARY KEY,
    organization_id    UUID NOT NULL,
    store_id           UUID NOT NULL,
    number             VARCHAR(40) NOT NULL,
    service_type       VARCHAR(20) NOT NULL,
    advisor_id         UUID NOT NULL,
    lead_technician_id UUID,
    comeback_of        UUID,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    received_on        DATE NOT NULL,
    delivered_at       TIMESTAMP WITH TIME ZONE,
    delivered_on       DATE,
    customer_pay       NUMERIC(14, 2) NOT NULL DEFAULT 0,
    warranty_pay       NUMERIC(14, 2) NOT NULL DEFAULT 0,
    internal_pay       NUMERIC(14, 2) NOT NULL DEFAULT 0,
    goodwill           NUMERIC(14, 2) NOT NULL DEFAULT 0,
    labour             NUMERIC(14, 2) NOT NULL DEFAULT 0,
    parts              NUMERIC(14, 2) NOT NULL DEFAULT 0,
    genuine_parts      NUMERIC(14, 2) NOT NULL DEFAULT 0,
    other              NUMERIC(14, 2) NOT NULL DEFAULT 0,
    sold_hours         NUMERIC(10, 2) NOT NULL DEFAULT 0,
    clocked_hours      NUMERIC(10, 2) NOT NULL DEFAULT 0
);

CREATE INDEX report_work_order_received ON report_work_order (organization_id, received_on);
CREATE INDEX report_work_order_delivered ON report_work_order (organization_id, delivered_on);
CREATE INDEX report_work_order_comeback ON report_work_order (comeback_of);
