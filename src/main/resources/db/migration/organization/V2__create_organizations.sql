-- Organisations are tenants (a hard wall); stores are their branches; users belong to one organisation
-- and are assigned to one or more of its stores.

CREATE TABLE organization (
    id         UUID                     NOT NULL,
    name       VARCHAR(100)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL,
    CONSTRAINT organization_pk PRIMARY KEY (id),
    CONSTRAINT organization_name_uk UNIQUE (name)
);

CREATE TABLE store (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    code            VARCHAR(10)              NOT NULL,
    name            VARCHAR(100)             NOT NULL,
    time_zone       VARCHAR(50)              NOT NULL,
    active          BOOLEAN                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT store_pk PRIMARY KEY (id),
    CONSTRAINT store_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT store_code_uk UNIQUE (organization_id, code)
);

CREATE TABLE app_user (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    username        VARCHAR(50)              NOT NULL,
    password_hash   VARCHAR(100)             NOT NULL,
    display_name    VARCHAR(100)             NOT NULL,
    active          BOOLEAN                  NOT NULL,
    platform_admin  BOOLEAN                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT app_user_pk PRIMARY KEY (id),
    CONSTRAINT app_user_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT app_user_username_uk UNIQUE (username)
);
CREATE INDEX app_user_by_organization_idx ON app_user (organization_id, username);

CREATE TABLE app_user_role (
    user_id UUID        NOT NULL,
    role    VARCHAR(30) NOT NULL,
    CONSTRAINT app_user_role_pk PRIMARY KEY (user_id, role),
    CONSTRAINT app_user_role_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

CREATE TABLE app_user_store (
    user_id  UUID NOT NULL,
    store_id UUID NOT NULL,
    CONSTRAINT app_user_store_pk PRIMARY KEY (user_id, store_id),
    CONSTRAINT app_user_store_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT app_user_store_store_fk FOREIGN KEY (store_id) REFERENCES store (id)
);

CREATE TABLE api_token (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    user_id         UUID                     NOT NULL,
    token_hash      VARCHAR(64)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_pk PRIMARY KEY (id),
    CONSTRAINT api_token_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash)
);
CREATE INDEX api_token_by_user_idx ON api_token (user_id);
