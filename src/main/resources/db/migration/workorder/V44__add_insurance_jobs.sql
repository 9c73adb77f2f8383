-- Insurance jobs (事故车): the insurer who pays the INSURANCE lines, the claim number, the excess the customer pays
-- (免赔额), the assessor's approved amount (定损), and what the insurer owes and has paid. All null on other jobs.
ALTER TABLE work_order ADD COLUMN insurer VARCHAR(120);
ALTER TABLE work_order ADD COLUMN insurance_claim_number VARCHAR(60);
ALTER TABLE work_order ADD COLUMN insurance_excess NUMERIC(12, 2);
ALTER TABLE work_order ADD COLUMN assessor VARCHAR(100);
ALTER TABLE work_order ADD COLUMN assessed_amount NUMERIC(12, 2);
ALTER TABLE work_order ADD COLUMN assessed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE work_order ADD COLUMN insurer_due NUMERIC(12, 2);
ALTER TABLE work_order ADD COLUMN insurer_paid NUMERIC(12, 2);
ALTER TABLE work_order ADD COLUMN insurer_paid_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE work_order ADD CONSTRAINT work_order_insurer_paid_ck CHECK (insurer_paid <= insurer_due);
CREATE INDEX work_order_insurer ON work_order (organization_id, insurer);
