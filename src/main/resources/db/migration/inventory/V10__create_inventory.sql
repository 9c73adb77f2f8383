-- Genuine parts (纯正配件) and their stock per store. The stock row holds on hand and reserved; every change is also a
-- row of the movements ledger, so on hand always equals the sum of the ledger's on-hand changes. The database itself
-- refuses negative stock and reservations above what is on hand, whatever the application does.

CREATE TABLE part (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    number          VARCHAR(60)              NOT NULL,
    name            VARCHAR(200)             NOT NULL,
    name_lower      VARCHAR(200)             NOT NULL,
    brand           VARCHAR(60),
    genuine         BOOLEAN                  NOT NULL,
    supplier        VARCHAR(200),
    unit            VARCHAR(20)              NOT NULL,
    cost            NUMERIC(12, 2)           NOT NULL,
    list_price      NUMERIC(12, 2)           NOT NULL,
    barcode         VARCHAR(60),
    fits_models     VARCHAR(500),
    superseded_by   UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT part_pk PRIMARY KEY (id),
    CONSTRAINT part_number_uk UNIQUE (organization_id, number),
    CONSTRAINT part_superseded_fk FOREIGN KEY (superseded_by) REFERENCES part (id),
    CONSTRAINT part_prices_ck CHECK (cost >= 0 AND list_price >= 0)
);
CREATE INDEX part_by_barcode_idx ON part (organization_id, barcode);
CREATE INDEX part_by_name_idx ON part (organization_id, name_lower);

CREATE TABLE stock (
    organization_id UUID           NOT NULL,
    store_id        UUID           NOT NULL,
    part_id         UUID           NOT NULL,
    on_hand         NUMERIC(12, 2) NOT NULL,
    reserved        NUMERIC(12, 2) NOT NULL,
    average_cost    NUMERIC(12, 4) NOT NULL,
    bin             VARCHAR(30),
    reorder_point   NUMERIC(12, 2),
    reorder_quantity NUMERIC(12, 2),
    version         BIGINT         NOT NULL,
    CONSTRAINT stock_pk PRIMARY KEY (store_id, part_id),
    CONSTRAINT stock_part_fk FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT stock_on_hand_ck CHECK (on_hand >= 0),
    CONSTRAINT stock_reserved_ck CHECK (reserved >= 0 AND reserved <= on_hand)
);
CREATE INDEX stock_by_part_idx ON stock (part_id);

CREATE TABLE stock_reservation (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    store_id        UUID                     NOT NULL,
    part_id         UUID                     NOT NULL,
    quantity        NUMERIC(12, 2)           NOT NULL,
    status          VARCHAR(12)              NOT NULL,
    work_order_id   UUID,
    line_id         UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT stock_reservation_pk PRIMARY KEY (id),
    CONSTRAINT stock_reservation_part_fk FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT stock_reservation_quantity_ck CHECK (quantity > 0)
);
CREATE INDEX stock_reservation_by_line_idx ON stock_reservation (line_id);
CREATE INDEX stock_reservation_open_idx ON stock_reservation (store_id, part_id, status);

CREATE TABLE stock_movement (
    id               UUID                     NOT NULL,
    organization_id  UUID                     NOT NULL,
    store_id         UUID                     NOT NULL,
    part_id          UUID                     NOT NULL,
    type             VARCHAR(20)              NOT NULL,
    on_hand_change   NUMERIC(12, 2)           NOT NULL,
    reserved_change  NUMERIC(12, 2)           NOT NULL,
    unit_cost        NUMERIC(12, 4),
    reservation_id   UUID,
    work_order_id    UUID,
    reason           VARCHAR(300),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id         UUID,
    CONSTRAINT stock_movement_pk PRIMARY KEY (id),
    CONSTRAINT stock_movement_part_fk FOREIGN KEY (part_id) REFERENCES part (id)
);
CREATE INDEX stock_movement_by_part_idx ON stock_movement (store_id, part_id, occurred_at);
CREATE INDEX stock_movement_by_org_idx ON stock_movement (organization_id, occurred_at);
