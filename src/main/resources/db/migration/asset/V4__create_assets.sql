-- Vehicles and equipment, each owned by a customer (a reference by ID: customers live in another module).
-- The VIN's last six characters and the normalised plate are indexed for the search box.

CREATE TABLE asset (
    id               UUID                     NOT NULL,
    organization_id  UUID                     NOT NULL,
    customer_id      UUID                     NOT NULL,
    kind             VARCHAR(10)              NOT NULL,
    vin              VARCHAR(17),
    vin_last6        VARCHAR(6),
    plate            VARCHAR(10),
    serial_number    VARCHAR(60),
    brand            VARCHAR(60),
    model            VARCHAR(60),
    model_year       INT,
    colour           VARCHAR(30),
    energy_type      VARCHAR(30),
    purchase_date    DATE,
    installed_on     DATE,
    site             VARCHAR(200),
    parent_id        UUID,
    warranty_start   DATE,
    warranty_end     DATE,
    warranty_mileage INT,
    mileage          INT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT asset_pk PRIMARY KEY (id),
    CONSTRAINT asset_parent_fk FOREIGN KEY (parent_id) REFERENCES asset (id)
);
CREATE INDEX asset_by_customer_idx ON asset (customer_id);
CREATE INDEX asset_by_vin_idx ON asset (organization_id, vin);
CREATE INDEX asset_by_vin_last6_idx ON asset (organization_id, vin_last6);
CREATE INDEX asset_by_plate_idx ON asset (organization_id, plate);
CREATE INDEX asset_by_serial_idx ON asset (organization_id, serial_number);

CREATE TABLE asset_mileage (
    asset_id UUID                     NOT NULL,
    position INT                      NOT NULL,
    mileage  INT                      NOT NULL,
    read_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reason   VARCHAR(200),
    CONSTRAINT asset_mileage_pk PRIMARY KEY (asset_id, position),
    CONSTRAINT asset_mileage_asset_fk FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE CASCADE
);

CREATE TABLE asset_owner_change (
    asset_id      UUID                     NOT NULL,
    position      INT                      NOT NULL,
    from_customer UUID                     NOT NULL,
    to_customer   UUID                     NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reason        VARCHAR(200),
    CONSTRAINT asset_owner_change_pk PRIMARY KEY (asset_id, position),
    CONSTRAINT asset_owner_change_asset_fk FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE CASCADE
);
