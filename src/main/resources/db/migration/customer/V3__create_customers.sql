-- Customer profiles: organisation-wide master data. Phones are kept in E.164 with their last four digits
-- beside them, so "find by the last 4 of the phone" is an index look-up.

CREATE TABLE customer (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    type            VARCHAR(10)              NOT NULL,
    name            VARCHAR(100)             NOT NULL,
    name_lower      VARCHAR(100)             NOT NULL,
    email           VARCHAR(150),
    wechat_id       VARCHAR(60),
    source          VARCHAR(60),
    tier            VARCHAR(30)              NOT NULL,
    notes           VARCHAR(2000),
    merged_into     UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT customer_pk PRIMARY KEY (id)
);
CREATE INDEX customer_by_name_idx ON customer (organization_id, name_lower);

CREATE TABLE customer_phone (
    customer_id UUID        NOT NULL,
    position    INT         NOT NULL,
    number      VARCHAR(20) NOT NULL,
    last4       VARCHAR(4)  NOT NULL,
    CONSTRAINT customer_phone_pk PRIMARY KEY (customer_id, position),
    CONSTRAINT customer_phone_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);
CREATE INDEX customer_phone_by_last4_idx ON customer_phone (last4);
CREATE INDEX customer_phone_by_number_idx ON customer_phone (number);

CREATE TABLE customer_contact (
    customer_id    UUID         NOT NULL,
    position       INT          NOT NULL,
    name           VARCHAR(100) NOT NULL,
    name_lower     VARCHAR(100) NOT NULL,
    job_title      VARCHAR(100),
    phone          VARCHAR(20),
    decision_maker BOOLEAN      NOT NULL,
    technical      BOOLEAN      NOT NULL,
    CONSTRAINT customer_contact_pk PRIMARY KEY (customer_id, position),
    CONSTRAINT customer_contact_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);
CREATE INDEX customer_contact_by_name_idx ON customer_contact (name_lower);
