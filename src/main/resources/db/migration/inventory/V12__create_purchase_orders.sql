-- Purchase orders to suppliers: drafted (often from the suggestion list), sent, received in one or more deliveries.
-- Receiving writes receipts into the stock ledger.

CREATE TABLE purchase_order (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    store_id        UUID                     NOT NULL,
    number          VARCHAR(40)              NOT NULL,
    supplier        VARCHAR(200)             NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    note            VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL,
    CONSTRAINT purchase_order_pk PRIMARY KEY (id),
    CONSTRAINT purchase_order_number_uk UNIQUE (organization_id, number)
);
CREATE INDEX purchase_order_by_store_idx ON purchase_order (store_id, status);

CREATE TABLE purchase_order_line (
    purchase_order_id UUID           NOT NULL,
    position          INT            NOT NULL,
    part_id           UUID           NOT NULL,
    quantity          NUMERIC(12, 2) NOT NULL,
    unit_cost         NUMERIC(12, 2) NOT NULL,
    received          NUMERIC(12, 2) NOT NULL,
    CONSTRAINT purchase_order_line_pk PRIMARY KEY (purchase_order_id, position),
    CONSTRAINT purchase_order_line_order_fk FOREIGN KEY (purchase_order_id) REFERENCES purchase_order (id) ON DELETE CASCADE,
    CONSTRAINT purchase_order_line_part_fk FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT purchase_order_line_quantity_ck CHECK (quantity > 0 AND received >= 0 AND received <= quantity)
);
