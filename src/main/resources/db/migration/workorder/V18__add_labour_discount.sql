-- Membership benefits on estimates: the customer's labour discount at reception, and the discount of each line.
ALTER TABLE work_order ADD COLUMN labour_discount NUMERIC(5, 2) DEFAULT 0 NOT NULL;
ALTER TABLE work_order_line ADD COLUMN discount_percent NUMERIC(5, 2) DEFAULT 0 NOT NULL;
