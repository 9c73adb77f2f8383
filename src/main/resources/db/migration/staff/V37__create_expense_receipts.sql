-- Receipt photos of an expense claim (发票 / 小票), added by the claimant while the claim awaits the manager.
CREATE TABLE staff_expense_receipt (
    id           UUID PRIMARY KEY,
    claim_id     UUID NOT NULL,
    content_type VARCHAR(40) NOT NULL,
    data         BYTEA NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT staff_expense_receipt_claim_fk FOREIGN KEY (claim_id)
        REFERENCES staff_expense_claim (id) ON DELETE CASCADE
);
CREATE INDEX staff_expense_receipt_by_claim ON staff_expense_receipt (claim_id, created_at);
