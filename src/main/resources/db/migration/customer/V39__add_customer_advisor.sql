-- One-to-one service (一对一服务): the customer's own service advisor, a user of the organisation.
ALTER TABLE customer ADD COLUMN advisor_id UUID;
CREATE INDEX customer_by_advisor_idx ON customer (organization_id, advisor_id, name_lower);
