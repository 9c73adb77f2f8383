-- Training (培训): a session of a store on a day (title, the skill it trains when it does, trainer, hours), its
-- attendees and each one's result. Passing a session that trains a skill and names how many months a certificate lasts
-- records that certificate (staff_certification).
CREATE TABLE staff_training_session (
    id                 UUID PRIMARY KEY,
    organization_id    UUID NOT NULL,
    store_id           UUID NOT NULL,
    title              VARCHAR(200) NOT NULL,
    skill              VARCHAR(30),
    held_on            DATE NOT NULL,
    trainer            VARCHAR(100),
    hours              NUMERIC(5, 1) NOT NULL,
    certificate_months INTEGER,
    created_by         UUID NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT staff_training_session_hours_ck CHECK (hours > 0)
);
CREATE INDEX staff_training_session_by_store ON staff_training_session (organization_id, store_id, held_on);

CREATE TABLE staff_training_attendee (
    session_id UUID NOT NULL,
    person_id  UUID NOT NULL,
    result     VARCHAR(20) NOT NULL,
    score      INTEGER,
    note       VARCHAR(300),
    CONSTRAINT staff_training_attendee_pk PRIMARY KEY (session_id, person_id),
    CONSTRAINT staff_training_attendee_session_fk FOREIGN KEY (session_id)
        REFERENCES staff_training_session (id) ON DELETE CASCADE
);
CREATE INDEX staff_training_attendee_by_person ON staff_training_attendee (person_id);
