-- Per store and day (the store's own calendar): work orders received, delivered and cancelled, and the output value
-- (产值, what delivered work orders charged the customer, with tax). Kept in the transaction of each change, so the
-- counts of a month for every store read a few hundred rows instead of scanning the work orders.
CREATE TABLE work_order_day (
    organization_id UUID           NOT NULL,
    store_id        UUID           NOT NULL,
    on_day          DATE           NOT NULL,
    received        INT            NOT NULL,
    delivered       INT            NOT NULL,
    cancelled       INT            NOT NULL,
    output_value    NUMERIC(14, 2) NOT NULL,
    CONSTRAINT work_order_day_pk PRIMARY KEY (store_id, on_day)
);
CREATE INDEX work_order_day_by_organization_idx ON work_order_day (organization_id, on_day);

-- Existing work orders: received on the day their number carries; delivered and cancelled on the UTC day of the change,
-- the nearest the database can tell without the stores' time zones.
INSERT INTO work_order_day (organization_id, store_id, on_day, received, delivered, cancelled, output_value)
SELECT organization_id, store_id, on_day, SUM(received), SUM(delivered), SUM(cancelled), SUM(output_value)
FROM (
    SELECT organization_id, store_id,
           CAST(SUBSTRING(number, LENGTH(number) - 12, 4) || '-' || SUBSTRING(number, LENGTH(number) - 8, 2) || '-'
                || SUBSTRING(number, LENGTH(number) - 6, 2) AS DATE) AS on_day,
           1 AS received, 0 AS delivered, 0 AS cancelled, 0 AS output_value
    FROM work_order
    UNION ALL
    SELECT organization_id, store_id, CAST(delivered_at AS DATE), 0, 1, 0, amount_due
    FROM work_order WHERE status = 'DELIVERED'
    UNION ALL
    SELECT organization_id, store_id, CAST(updated_at AS DATE), 0, 0, 1, 0
    FROM work_order WHERE status = 'CANCELLED'
) changes
GROUP BY organization_id, store_id, on_day;
