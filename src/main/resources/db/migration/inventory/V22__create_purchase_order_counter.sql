-- Purchase-order numbers per organisation and day (PO-20261204-001) from a counter row locked until the order
-- commits: counting the day's orders let two clerks at the same moment take the same number.
CREATE TABLE purchase_order_counter (
    organization_id UUID NOT NULL,
    on_day          DATE NOT NULL,
    last_value      INT  NOT NULL,
    CONSTRAINT purchase_order_counter_pk PRIMARY KEY (organization_id, on_day)
);

INSERT INTO purchase_order_counter (organization_id, on_day, last_value)
SELECT organization_id,
       TO_DATE(SUBSTRING(number FROM 4 FOR 8), 'YYYYMMDD'),
       MAX(CAST(SUBSTRING(number FROM 13) AS INT))
FROM purchase_order
WHERE number LIKE 'PO-________-%'
GROUP BY organization_id, TO_DATE(SUBSTRING(number FROM 4 FOR 8), 'YYYYMMDD');
