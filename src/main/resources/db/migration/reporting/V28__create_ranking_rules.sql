-- The rule of the monthly star ranking (星级技师 / 明星顾问) per organisation and role: how much output value, efficiency,
-- comebacks and satisfaction weigh (per cent, adding up to 100) and how many delivered jobs a person needs to be ranked.
CREATE TABLE report_ranking_rule (
    organization_id   UUID NOT NULL,
    role              VARCHAR(20) NOT NULL,
    output_weight     SMALLINT NOT NULL,
    efficiency_weight SMALLINT NOT NULL,
    comeback_weight   SMALLINT NOT NULL,
    csat_weight       SMALLINT NOT NULL,
    min_jobs          SMALLINT NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        UUID NOT NULL,
    PRIMARY KEY (organization_id, role)
);
