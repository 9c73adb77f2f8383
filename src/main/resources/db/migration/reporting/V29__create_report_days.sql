-- The reporting projection summed per store, day, measure and one dimension at a time: the store as a whole in
-- report_store_day, each advisor, lead technician and service type in report_day, so that a year of figures reads
-- thousands of rows instead of hundreds of thousands (and three years of every store's, in a table of their own,
-- few pages). Kept by reporting.domain.DailyFigures: a store's day is summed again from
-- report_work_order whenever one of its rows changes, under a lock row per store and day (report_day_lock).
-- Comebacks are summed under the original job's store and people, on the day the comeback came in.
CREATE TABLE report_day (
    organization_id  UUID NOT NULL,
    store_id         UUID NOT NULL,
    on_day           DATE NOT NULL,
    measure          VARCHAR(10) NOT NULL,
    dimension        VARCHAR(12) NOT NULL,
    dim_key          VARCHAR(40) NOT NULL,
    n                BIGINT NOT NULL,
    customer_pay     NUMERIC(16, 2) NOT NULL DEFAULT 0,
    warranty_pay     NUMERIC(16, 2) NOT NULL DEFAULT 0,
    internal_pay     NUMERIC(16, 2) NOT NULL DEFAULT 0,
    goodwill         NUMERIC(16, 2) NOT NULL DEFAULT 0,
    labour           NUMERIC(16, 2) NOT NULL DEFAULT 0,
    parts            NUMERIC(16, 2) NOT NULL DEFAULT 0,
    genuine_parts    NUMERIC(16, 2) NOT NULL DEFAULT 0,
    other            NUMERIC(16, 2) NOT NULL DEFAULT 0,
    sold_hours       NUMERIC(12, 2) NOT NULL DEFAULT 0,
    clocked_hours    NUMERIC(12, 2) NOT NULL DEFAULT 0,
    first_time_fixed BIGINT NOT NULL DEFAULT 0,
    followed_up      BIGINT NOT NULL DEFAULT 0,
    scored           BIGINT NOT NULL DEFAULT 0,
    satisfied        BIGINT NOT NULL DEFAULT 0,
    nps_answers      BIGINT NOT NULL DEFAULT 0,
    promoters        BIGINT NOT NULL DEFAULT 0,
    detractors       BIGINT NOT NULL DEFAULT 0,
    complaints       BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id, store_id, on_day, measure, dimension, dim_key)
);

CREATE TABLE report_store_day (
    organization_id  UUID NOT NULL,
    store_id         UUID NOT NULL,
    on_day           DATE NOT NULL,
    measure          VARCHAR(10) NOT NULL,
    dimension        VARCHAR(12) NOT NULL,
    dim_key          VARCHAR(40) NOT NULL,
    n                BIGINT NOT NULL,
    customer_pay     NUMERIC(16, 2) NOT NULL DEFAULT 0,
    warranty_pay     NUMERIC(16, 2) NOT NULL DEFAULT 0,
    internal_pay     NUMERIC(16, 2) NOT NULL DEFAULT 0,
    goodwill         NUMERIC(16, 2) NOT NULL DEFAULT 0,
    labour           NUMERIC(16, 2) NOT NULL DEFAULT 0,
    parts            NUMERIC(16, 2) NOT NULL DEFAULT 0,
    genuine_parts    NUMERIC(16, 2) NOT NULL DEFAULT 0,
    other            NUMERIC(16, 2) NOT NULL DEFAULT 0,
    sold_hours       NUMERIC(12, 2) NOT NULL DEFAULT 0,
    clocked_hours    NUMERIC(12, 2) NOT NULL DEFAULT 0,
    first_time_fixed BIGINT NOT NULL DEFAULT 0,
    followed_up      BIGINT NOT NULL DEFAULT 0,
    scored           BIGINT NOT NULL DEFAULT 0,
    satisfied        BIGINT NOT NULL DEFAULT 0,
    nps_answers      BIGINT NOT NULL DEFAULT 0,
    promoters        BIGINT NOT NULL DEFAULT 0,
    detractors       BIGINT NOT NULL DEFAULT 0,
    complaints       BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id, store_id, on_day, measure, dimension, dim_key)
);

CREATE INDEX report_store_day_read ON report_store_day (organization_id, measure, on_day);

CREATE INDEX report_day_read ON report_day (organization_id, measure, dimension, on_day);

CREATE TABLE report_day_lock (
    organization_id UUID NOT NULL,
    store_id        UUID NOT NULL,
    on_day          DATE NOT NULL,
    PRIMARY KEY (organization_id, store_id, on_day)
);
