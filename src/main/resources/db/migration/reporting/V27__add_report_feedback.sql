-- Feedback on the reported jobs, written from the feedback module's events: whether a job came back (first-time
-- fix), its after-service follow-up (at most one per job) and the complaints about it. Kept apart from
-- report_work_order so that either side's events may arrive first.
ALTER TABLE report_work_order ADD COLUMN came_back BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE report_work_order SET came_back = TRUE
WHERE EXISTS (SELECT 1 FROM report_work_order c WHERE c.comeback_of = report_work_order.work_order_id);

CREATE TABLE report_follow_up (
    work_order_id   UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    reached         BOOLEAN NOT NULL,
    score           SMALLINT,
    nps             SMALLINT
);

CREATE TABLE report_complaint (
    complaint_id    UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    work_order_id   UUID NOT NULL
);

CREATE INDEX report_complaint_work_order ON report_complaint (work_order_id);
