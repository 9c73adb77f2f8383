-- Staff: the certificates people hold (skill, number, validity), and the skill each service type requires of the
-- lead technician (one per organisation and service type). No foreign keys across modules.
CREATE TABLE staff_certification (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    person_id       UUID NOT NULL,
    skill           VARCHAR(30) NOT NULL,
    number          VARCHAR(60) NOT NULL,
    valid_from      DATE NOT NULL,
    valid_until     DATE NOT NULL,
    note            VARCHAR(300),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      UUID NOT NULL,
    CONSTRAINT staff_certification_dates_ck CHECK (valid_until >= valid_from)
);
CREATE INDEX staff_certification_by_person ON staff_certification (organization_id, person_id, skill);

CREATE TABLE staff_skill_requirement (
    organization_id UUID NOT NULL,
    service_type    VARCHAR(20) NOT NULL,
    skill           VARCHAR(30) NOT NULL,
    CONSTRAINT staff_skill_requirement_pk PRIMARY KEY (organization_id, service_type)
);
