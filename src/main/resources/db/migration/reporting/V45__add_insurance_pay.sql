-- What insurers pay for the delivered jobs (the INSURANCE lines, net of tax), part of the output value (产值).
ALTER TABLE report_work_order ADD COLUMN insurance_pay NUMERIC(14, 2) DEFAULT 0 NOT NULL;
ALTER TABLE report_day ADD COLUMN insurance_pay NUMERIC(16, 2) DEFAULT 0 NOT NULL;
ALTER TABLE report_store_day ADD COLUMN insurance_pay NUMERIC(16, 2) DEFAULT 0 NOT NULL;
