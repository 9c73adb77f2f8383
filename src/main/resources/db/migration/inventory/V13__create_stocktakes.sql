-- Stocktakes (盘点): a count sheet of a store (or one location of it); approved variances become STOCKTAKE movements.

CREATE TABLE stocktake (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    store_id        UUID                     NOT NULL,
    location        VARCHAR(30),
    status          VARCHAR(20)              NOT NULL,
    counted_by      UUID,
    approved_by     UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL,
    CONSTRAINT stocktake_pk PRIMARY KEY (id)
);
CREATE INDEX stocktake_by_store_idx ON stocktake (store_id, status);

CREATE TABLE stocktake_line (
    stocktake_id UUID           NOT NULL,
    position     INT            NOT NULL,
    part_id      UUID           NOT NULL,
    bin          VARCHAR(30),
    expected     NUMERIC(12, 2) NOT NULL,
    counted      NUMERIC(12, 2),
    CONSTRAINT stocktake_line_pk PRIMARY KEY (stocktake_id, position),
    CONSTRAINT stocktake_line_fk FOREIGN KEY (stocktake_id) REFERENCES stocktake (id) ON DELETE CASCADE,
    CONSTRAINT stocktake_line_counted_ck CHECK (counted IS NULL OR counted >= 0)
);
