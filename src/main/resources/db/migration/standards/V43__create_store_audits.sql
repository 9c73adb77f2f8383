-- Checklists of a standard (5S, etiquette, SOP) that stores are audited against (规章制度执行力).
CREATE TABLE audit_checklist (
    id              UUID         NOT NULL,
    organization_id UUID         NOT NULL,
    name            VARCHAR(100) NOT NULL,
    area            VARCHAR(10)  NOT NULL,
    active          BOOLEAN      NOT NULL,
    version         BIGINT,
    CONSTRAINT audit_checklist_pk PRIMARY KEY (id),
    CONSTRAINT audit_checklist_name_uk UNIQUE (organization_id, name)
);

CREATE TABLE audit_checklist_item (
    audit_checklist_id UUID         NOT NULL,
    position           INT          NOT NULL,
    item_text          VARCHAR(200) NOT NULL,
    weight             INT          NOT NULL,
    CONSTRAINT audit_checklist_item_pk PRIMARY KEY (audit_checklist_id, position),
    CONSTRAINT audit_checklist_item_fk FOREIGN KEY (audit_checklist_id) REFERENCES audit_checklist (id)
);

-- An audit of a store against a checklist on a day: each item passed or failed, the score in per cent of the weights.
CREATE TABLE store_audit (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    store_id        UUID                     NOT NULL,
    checklist_id    UUID                     NOT NULL,
    checklist_name  VARCHAR(100)             NOT NULL,
    area            VARCHAR(10)              NOT NULL,
    audited_on      DATE                     NOT NULL,
    auditor_id      UUID                     NOT NULL,
    score           NUMERIC(5, 1)            NOT NULL,
    note            VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT,
    CONSTRAINT store_audit_pk PRIMARY KEY (id)
);
CREATE INDEX store_audit_by_store_day_idx ON store_audit (organization_id, store_id, audited_on);

CREATE TABLE store_audit_result (
    store_audit_id UUID         NOT NULL,
    position       INT          NOT NULL,
    item_text      VARCHAR(200) NOT NULL,
    weight         INT          NOT NULL,
    passed         BOOLEAN      NOT NULL,
    note           VARCHAR(300),
    CONSTRAINT store_audit_result_pk PRIMARY KEY (store_audit_id, position),
    CONSTRAINT store_audit_result_fk FOREIGN KEY (store_audit_id) REFERENCES store_audit (id)
);

CREATE TABLE store_audit_photo (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    store_audit_id  UUID                     NOT NULL,
    caption         VARCHAR(200),
    content_type    VARCHAR(20)              NOT NULL,
    data            BYTEA                    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT store_audit_photo_pk PRIMARY KEY (id),
    CONSTRAINT store_audit_photo_fk FOREIGN KEY (store_audit_id) REFERENCES store_audit (id)
);
CREATE INDEX store_audit_photo_by_audit_idx ON store_audit_photo (store_audit_id);

-- What a failed item asks to be put right (整改), by whom and by when.
CREATE TABLE corrective_action (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    store_id        UUID                     NOT NULL,
    store_audit_id  UUID                     NOT NULL,
    item            VARCHAR(200)             NOT NULL,
    problem         VARCHAR(300)             NOT NULL,
    owner_id        UUID                     NOT NULL,
    deadline        DATE                     NOT NULL,
    status          VARCHAR(10)              NOT NULL,
    done_note       VARCHAR(500),
    done_on         DATE,
    done_by         UUID,
    version         BIGINT,
    CONSTRAINT corrective_action_pk PRIMARY KEY (id),
    CONSTRAINT corrective_action_audit_fk FOREIGN KEY (store_audit_id) REFERENCES store_audit (id)
);
CREATE INDEX corrective_action_by_store_idx ON corrective_action (organization_id, store_id, status, deadline);
