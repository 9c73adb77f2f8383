-- Free tags on customer profiles (e.g. 车队, 老客户, 网约车), to find and group them.
CREATE TABLE customer_tag (
    customer_id UUID        NOT NULL,
    tag         VARCHAR(20) NOT NULL,
    CONSTRAINT customer_tag_pk PRIMARY KEY (customer_id, tag),
    CONSTRAINT customer_tag_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);
CREATE INDEX customer_tag_by_tag_idx ON customer_tag (tag);
