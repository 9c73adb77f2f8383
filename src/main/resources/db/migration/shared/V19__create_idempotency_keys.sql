-- Idempotency keys of API requests: the first response to a key, stored in the same transaction as the change it
-- reports, so that a retry after a lost answer or a crash gets that response instead of making the change again.
CREATE TABLE idempotency_key (
    organization_id UUID                     NOT NULL,
    idem_key        VARCHAR(100)             NOT NULL,
    request_hash    VARCHAR(64)              NOT NULL,
    status          INT                      NOT NULL,
    content_type    VARCHAR(100),
    location        VARCHAR(500),
    body            TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (organization_id, idem_key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
