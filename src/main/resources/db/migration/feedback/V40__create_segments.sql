-- Customer segments (细分市场): a named rule over tier, tags, region, last visit, spend, vehicles and service due.
CREATE TABLE segment (
    id                  UUID           NOT NULL,
    organization_id     UUID           NOT NULL,
    name                VARCHAR(100)   NOT NULL,
    tiers               VARCHAR(1000),
    tags                VARCHAR(2000),
    region_code         VARCHAR(12),
    last_visit_min_days INT,
    last_visit_max_days INT,
    min_spend           NUMERIC(14, 2),
    brand               VARCHAR(50),
    model               VARCHAR(50),
    min_vehicle_age     INT,
    max_vehicle_age     INT,
    min_mileage         INT,
    max_mileage         INT,
    service_due_days    INT,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT,
    CONSTRAINT segment_pk PRIMARY KEY (id),
    CONSTRAINT segment_name_uq UNIQUE (organization_id, name)
);
