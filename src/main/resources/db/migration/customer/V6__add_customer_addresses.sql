-- Customer addresses: the GB/T 2260 code of the most precise division known, the names along it as they were
-- when saved, and the rest of the address as typed.
CREATE TABLE customer_address (
    customer_id UUID         NOT NULL,
    position    INT          NOT NULL,
    region_code VARCHAR(6)   NOT NULL,
    province    VARCHAR(50)  NOT NULL,
    city        VARCHAR(50),
    district    VARCHAR(50),
    detail      VARCHAR(200),
    CONSTRAINT customer_address_pk PRIMARY KEY (customer_id, position),
    CONSTRAINT customer_address_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);
