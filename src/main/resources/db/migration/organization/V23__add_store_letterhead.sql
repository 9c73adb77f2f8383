-- What a store's printed documents carry at the top (抬头): the company, its address and phone, its tax number and
-- its logo. The logo's bytes are kept apart so that reading a store does not read them.

ALTER TABLE store ADD COLUMN company_name VARCHAR(200);
ALTER TABLE store ADD COLUMN address VARCHAR(300);
ALTER TABLE store ADD COLUMN phone VARCHAR(30);
ALTER TABLE store ADD COLUMN tax_number VARCHAR(20);
ALTER TABLE store ADD COLUMN logo_type VARCHAR(20);

CREATE TABLE store_logo (
    store_id        UUID         NOT NULL,
    organization_id UUID         NOT NULL,
    content_type    VARCHAR(20)  NOT NULL,
    data            BYTEA        NOT NULL,
    CONSTRAINT store_logo_pk PRIMARY KEY (store_id),
    CONSTRAINT store_logo_store_fk FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT store_logo_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id)
);
