-- Meeting notes and work diaries (会议记录 / 工作日记): an entry of a store on a date by its author, with a title and
-- the text, linked to a customer when it is about one. Meeting notes are read by the store, diaries by their author
-- and the store's managers.
CREATE TABLE staff_journal_entry (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    store_id        UUID NOT NULL,
    author_id       UUID NOT NULL,
    kind            VARCHAR(10) NOT NULL,
    entry_date      DATE NOT NULL,
    title           VARCHAR(200) NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    customer_id     UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL
);
CREATE INDEX staff_journal_entry_by_store ON staff_journal_entry (organization_id, store_id, entry_date);
CREATE INDEX staff_journal_entry_by_customer ON staff_journal_entry (organization_id, customer_id);
