-- Per store and month (the store's own calendar): work orders received, delivered and cancelled, and the output value
-- (产值, what delivered work orders charged the customer, with tax). Kept in the transaction of each change, so
-- dashboards read one row per store and month instead of scanning the work orders.
CREATE TABLE work_order_month (
    organization_id UUID           NOT NULL,
    store_id        UUID           NOT NULL,
    month_start     DATE           NOT NULL,
    received        INT            NOT NULL,
    delivered       INT            NOT NULL,
    cancelled       INT            NOT NULL,
    output_value    NUMERIC(14, 2) NOT NULL,
    CONSTRAINT work_order_month_pk PRIMARY KEY (store_id, month_start)
);
CREATE INDEX work_order_month_by_organization_idx ON work_order_month (organization_id, month_start);

-- Existing work orders: received in the month their number carries; delivered and cancelled in the UTC month of the
-- change, the nearest the database can tell without the stores' time zones.
INSERT INTO work_order_month (organization_id, store_id, month_start, received, delivered, cancelled, output_value)
SELECT organization_id, store_id, month_start, SUM(received), SUM(delivered), SUM(cancelled), SUM(output_value)
FROM (
    SELECT organization_id, store_id,
           CAST(SUBSTRING(number, LENGTH(number) - 12, 4) || '-' || SUBSTRING(number, LENGTH(number) - 8, 2) || '-01'
                AS DATE) AS month_start,
           1 AS received, 0 AS delivered, 0 AS cancelled, 0 AS output_value
    FROM work_order
    UNION ALL
    SELECT organization_id, store_id, CAST(DATE_TRUNC('MONTH', delivered_at) AS DATE), 0, 1, 0, amount_due
    FROM work_order WHERE status = 'DELIVERED'
    UNION ALL
    SELECT organization_id, store_id, CAST(DATE_TRUNC('MONTH', updated_at) AS DATE), 0, 0, 1, 0
    FROM work_order WHERE status = 'CANCELLED'
) changes
GROUP BY organization_id, store_id, month_start;
