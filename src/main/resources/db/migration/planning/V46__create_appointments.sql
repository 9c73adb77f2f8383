-- Appointments (预约): a customer's vehicle or equipment booked at a store for a day, a time and a service type.
CREATE TABLE appointment (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    store_id        UUID                     NOT NULL,
    customer_id     UUID                     NOT NULL,
    customer_name   VARCHAR(200)             NOT NULL,
    asset_id        UUID                     NOT NULL,
    asset_label     VARCHAR(100)             NOT NULL,
    service_type    VARCHAR(20)              NOT NULL,
    on_day          DATE                     NOT NULL,
    at_time         TIME                     NOT NULL,
    note            VARCHAR(1000),
    channel         VARCHAR(10)              NOT NULL,
    status          VARCHAR(10)              NOT NULL,
    work_order_id   UUID,
    cancel_reason   VARCHAR(300),
    booked_by       VARCHAR(100)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT,
    CONSTRAINT appointment_pk PRIMARY KEY (id)
);
CREATE INDEX appointment_by_store_day_idx ON appointment (organization_id, store_id, on_day, at_time);
CREATE INDEX appointment_by_asset_idx ON appointment (organization_id, asset_id, status);

-- How many appointments of a service type a store takes on a day unless the day says otherwise.
CREATE TABLE appointment_capacity (
    organization_id UUID        NOT NULL,
    store_id        UUID        NOT NULL,
    service_type    VARCHAR(20) NOT NULL,
    slots           INT         NOT NULL,
    CONSTRAINT appointment_capacity_pk PRIMARY KEY (store_id, service_type)
);

-- A store's day for a service type: how many are booked, and its own number of slots when it differs from the
-- store's (a holiday: 0). Bookings take the row's lock, so two never take the last slot together.
CREATE TABLE appointment_day (
    organization_id UUID        NOT NULL,
    store_id        UUID        NOT NULL,
    service_type    VARCHAR(20) NOT NULL,
    on_day          DATE        NOT NULL,
    booked          INT         NOT NULL,
    slots           INT,
    CONSTRAINT appointment_day_pk PRIMARY KEY (store_id, service_type, on_day)
);
