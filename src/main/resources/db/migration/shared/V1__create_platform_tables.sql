-- Infrastructure shared by all modules: HTTP sessions (so any instance can serve any user),
-- the module event publication registry, the audit trail and sign-in throttling.

CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

CREATE TABLE event_publication (
    id                     UUID                     NOT NULL,
    listener_id            VARCHAR(512)             NOT NULL,
    event_type             VARCHAR(512)             NOT NULL,
    serialized_event       VARCHAR                  NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE,
    CONSTRAINT event_publication_pk PRIMARY KEY (id)
);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
CREATE INDEX event_publication_by_listener_idx ON event_publication (listener_id, completion_date);

CREATE TABLE audit_event (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    store_id        UUID,
    actor_id        UUID,
    actor_name      VARCHAR(100)             NOT NULL,
    action          VARCHAR(60)              NOT NULL,
    entity_type     VARCHAR(60)              NOT NULL,
    entity_id       VARCHAR(60)              NOT NULL,
    detail          VARCHAR(2000),
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT audit_event_pk PRIMARY KEY (id)
);
CREATE INDEX audit_event_by_time_idx ON audit_event (organization_id, occurred_at);
CREATE INDEX audit_event_by_entity_idx ON audit_event (organization_id, entity_type, entity_id);

CREATE TABLE login_throttle (
    principal_key   VARCHAR(100)             NOT NULL,
    failures        INT                      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT login_throttle_pk PRIMARY KEY (principal_key)
);
