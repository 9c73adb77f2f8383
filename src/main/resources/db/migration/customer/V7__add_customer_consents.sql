-- Marketing consent per channel (PIPL): whether the customer agreed, and when that was recorded.
CREATE TABLE customer_consent (
    customer_id UUID                     NOT NULL,
    channel     VARCHAR(20)              NOT NULL,
    granted     BOOLEAN                  NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT customer_consent_pk PRIMARY KEY (customer_id, channel),
    CONSTRAINT customer_consent_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);
