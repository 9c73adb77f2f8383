-- Every view of a work order lists the parts reserved for it: without this index that read every reservation ever made
-- (found at 200,000 reservations, where it made each workshop action wait 20 ms on PostgreSQL).
CREATE INDEX stock_reservation_by_work_order_idx ON stock_reservation (work_order_id);
