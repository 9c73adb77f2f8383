-- Tools and equipment (工具) of a store: who holds each one, its condition, and when it must next be calibrated or
-- inspected. Every check-out, check-in and calibration is kept in its history.

CREATE TABLE tool (
    id                   UUID                     NOT NULL,
    organization_id      UUID                     NOT NULL,
    store_id             UUID                     NOT NULL,
    asset_tag            VARCHAR(40)              NOT NULL,
    name                 VARCHAR(200)             NOT NULL,
    category             VARCHAR(60),
    location             VARCHAR(60),
    condition            VARCHAR(20)              NOT NULL,
    calibration_due      DATE,
    holder_id            UUID,
    holder_work_order_id UUID,
    checked_out_at       TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL,
    CONSTRAINT tool_pk PRIMARY KEY (id),
    CONSTRAINT tool_tag_uk UNIQUE (organization_id, asset_tag)
);
CREATE INDEX tool_by_store_idx ON tool (store_id);
CREATE INDEX tool_by_holder_idx ON tool (holder_id);

CREATE TABLE tool_event (
    tool_id       UUID                     NOT NULL,
    position      INT                      NOT NULL,
    action        VARCHAR(20)              NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    by_user       UUID,
    holder_id     UUID,
    work_order_id UUID,
    condition     VARCHAR(20),
    note          VARCHAR(300),
    CONSTRAINT tool_event_pk PRIMARY KEY (tool_id, position),
    CONSTRAINT tool_event_tool_fk FOREIGN KEY (tool_id) REFERENCES tool (id) ON DELETE CASCADE
);
