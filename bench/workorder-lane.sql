-- pgbench baseline of bench/workorders.sh: the rows one work order writes on its way through the lane over the API,
-- in the same 13 transactions (one per request): each reads the work order by id, writes what the request writes
-- (the work order with its version, its lines, history, log and payment rows, the audit row) and commits.
-- Variables: :org, :store, :customer, :asset, :tech (set with -D).
BEGIN;
INSERT INTO work_order_counter (store_id, on_day, last_value) VALUES (:store::uuid, current_date, 0) ON CONFLICT DO NOTHING;
UPDATE work_order_counter SET last_value = last_value + 1 WHERE store_id = :store::uuid AND on_day = current_date;
SELECT gen_random_uuid() AS wo, last_value AS n FROM work_order_counter WHERE store_id = :store::uuid AND on_day = current_date \gset
INSERT INTO work_order (id, organization_id, store_id, number, customer_id, customer_name, asset_id, asset_label, service_type,
  status, complaint, warranty_covered, warranty_reason, advisor_id, tax_rate, amount_due, amount_owed, created_at, updated_at, version)
VALUES (:wo::uuid, :org::uuid, :store::uuid, 'PG-' || :wo::uuid, :customer::uuid, '张伟', :asset::uuid, '沪A12345', 'REPAIR', 'RECEIVED', '冷车启动异响',
  true, 'COVERED', :tech::uuid, 0.13, 0, 0, now(), now(), 0);
INSERT INTO work_order_history (work_order_id, position, action, to_status, occurred_at, by_user, by_name)
VALUES (:wo::uuid, 0, 'RECEIVE', 'RECEIVED', now(), :tech::uuid, 'bench');
INSERT INTO work_order_inspection (work_order_id, position, item) SELECT :wo::uuid, g, 'item' || g FROM generate_series(0, 9) g;
INSERT INTO audit_event (id, organization_id, actor_id, actor_name, action, entity_type, entity_id, occurred_at)
VALUES (gen_random_uuid(), :org::uuid, :tech::uuid, 'bench', 'RECEIVE', 'WorkOrder', :wo::uuid, now());
COMMIT;
BEGIN;
SELECT * FROM work_order WHERE id = :wo::uuid;
SELECT gen_random_uuid() AS labour \gset
INSERT INTO work_order_line (id, work_order_id, position, kind, description, quantity, unit_price, pay_type, decision, created_at)
VALUES (:labour::uuid, :wo::uuid, 1, 'LABOR', '更换张紧器', 1.5, 300, 'CUSTOMER', 'PROPOSED', now());
UPDATE work_order SET amount_due = 508.50, version = version + 1, updated_at = now() WHERE id = :wo::uuid;
INSERT INTO audit_event (id, organization_id, actor_id, actor_name, action, entity_type, entity_id, occurred_at)
VALUES (gen_random_uuid(), :org::uuid, :tech::uuid, 'bench', 'ADD_LINE', 'WorkOrder', :wo::uuid, now());
COMMIT;
BEGIN;
SELECT * FROM work_order WHERE id = :wo::uuid;
SELECT gen_random_uuid() AS part \gset
INSERT INTO work_order_line (id, work_order_id, position, kind, description, quantity, unit_price, pay_type, part_number, genuine, decision, created_at)
VALUES (:part::uuid, :wo::uuid, 2, 'PART', '张紧器', 1, 420, 'CUSTOMER', '06K109479A', true, 'PROPOSED', now());
UPDATE work_order SET amount_due = 983.10, version = version + 1, updated_at = now() WHERE id = :wo::uuid;
INSERT INTO audit_event (id, organization_id, actor_id, actor_name, action, entity_type, entity_id, occurred_at)
VALUES (gen_random_uuid(), :org::uuid, :tech::uuid, 'bench', 'ADD_LINE', 'WorkOrder', :wo::uuid, now());
COMMIT;
BEGIN;
SELECT * FROM work_order WHERE id = :wo::uuid;
UPDATE work_order SET status = 'ESTIMATED', version = version + 1, updated_at = now() WHERE id = :wo::uuid;
INSERT INTO work_order_history (work_order_id, position, action, from_status, to_status, occurred_at, by_user, by_name)
VALUES (:wo::uuid, 1, 'ESTIMATE', 'RECEIVED', 'ESTIMATED', now(), :tech::uuid, 'bench');
INSERT INTO audit_event (id, organization_id, actor_id, actor_name, action, entity_type, entity_id, occurred_at)
VALUES (gen_random_uuid(), :org::uuid, :tech::uuid, 'bench', 'ESTIMATE', 'WorkOrder', :wo::uuid, now());
COMMIT;
BEGIN;
SELECT * FROM work_order WHERE id = :wo::uuid;
UPDATE work_order_line SET decision = 'APPROVED', decided_at = now() WHERE work_order_id = :wo::uuid;
UPDATE work_order SET status = 'APPROVED', approved_by = '张伟', approval_channel = 'DESK', approved_at = now(), version = version + 1, updated_at = now() WHERE id = :wo::uuid;
INSERT INTO work_order_history (work_order_id, position, action, from_status, to_status, occurred_at, by_user, by_name)
VALUES (:wo::uuid, 2, 'APPROVE', 'ESTIMATED', 'APPROVED', now(), :tech::uuid, 'bench');
INSERT INTO audit_event (id, organization_id, actor_id, actor_name, action, entity_type, entity_id, occurred_at)
VALUES (gen_random_uuid(), :org::uuid, :tech::uuid, 'bench', 'APPROVE', 'WorkOrder', :wo::uuid, now());
COMMIT;
BEGIN;
SELECT * FROM work_order WHERE id = :wo::uuid;
UPDATE work_order SET status = 'DISPATCHED', lead_technician_id = :tech::uuid, version = version + 1, updated_at = now() WHERE id = :wo::uuid;
INSERT INTO work_order_history (work_order_id, position, action, from_status, to_status, occurred_at, by_user, by_name)
VALUES (:wo::uuid, 3, 'DISPATCH', 'APPROVED', 'DISPATCHED', now(), :tech::uuid, 'bench');
INSERT INTO audit_event (id, organization_id, actor_id, actor_name, action, entity_type, entity_id, occurred_at)
VALUES (gen_random_uuid(), :org::uuid, :tech::uuid, 'bench', 'DISPATCH', 'WorkOrder', :wo::uuid, now());
COMMIT;
BEGIN;
SELECT * FROM work_order WHERE id = :wo::uuid;
UPDATE work_order SET status = 'IN_PROGRESS', version = version + 1, updated_at = now() WHERE id = :wo::uuid;
INSERT INTO work_order_history (work_order_id, position, action, from_status, to_status, occurred_at, by_user, by_name)
VALUES (:wo::uuid, 4, 'START', 'DISPATCHED', 'IN_PROGRESS', now(), :tech::uuid, 'bench');
INSERT INTO audit_event (id, organization_id, actor_id, actor_name, action, entity_type, entity_id, occurred_at)
VALUES (gen_random_uuid(), :org::uuid, :tech::uuid, 'bench', 'START', 'WorkOrder', :wo::uuid, now());
COMMIT;
BEGIN;
SELECT * FROM work_order WHERE id = :wo::uuid;
UPDATE work_order_line SET root_cause = '轴承磨损' WHERE id = :labour::uuid;
INSERT INTO work_order_log (work_order_id, position, occurred_at, by_user, by_name, line_id, text, root_cause)
VALUES (:wo::uuid, 0, now(), :tech::uuid, 'bench', :labour::uuid, '更换', '轴承磨损');
UPDATE work_order SET version = version + 1, updated_at = now() WHERE id = :wo::uuid;
INSERT INTO audit_event (id, organization_id, actor_id, actor_name, action, entity_type, entity_id, occurred_at)
VALUES (gen_random_uuid(), :org::uuid, :tech::uuid, 'bench', 'LOG', 'WorkOrder', :wo::uuid, now());
COMMIT;
BEGIN;
SELECT * FROM work_order WHERE id = :wo::uuid;
UPDATE work_order SET status = 'QUALITY_CHECK', version = version + 1, updated_at = now() WHERE id = :wo::uuid;
INSERT INTO work_order_history (work_order_id, position, action, from_status, to_status, occurred_at, by_user, by_name)
VALUES (:wo::uuid, 5, 'SUBMIT_FOR_QC', 'IN_PROGRESS', 'QUALITY_CHECK', now(), :tech::uuid, 'bench');
INSERT INTO audit_event (id, organization_id, actor_id, actor_name, action, entity_type, entity_id, occurred_at)
VALUES (gen_random_uuid(), :org::uuid, :tech::uuid, 'bench', 'SUBMIT_FOR_QC', 'WorkOrder', :wo::uuid, now());
COMMIT;
BEGIN;
SELECT * FROM work_order WHERE id = :wo::uuid;
UPDATE work_order SET qc_passed_by = :tech::uuid, version = version + 1, updated_at = now() WHERE id = :wo::uuid;
INSERT INTO work_order_history (work_order_id, position, action, from_status, to_status, occurred_at, by_user, by_name)
VALUES (:wo::uuid, 6, 'PASS_QC', 'QUALITY_CHECK', 'QUALITY_CHECK', now(), :tech::uuid, 'bench');
INSERT INTO audit_event (id, organization_id, actor_id, actor_name, action, entity_type, entity_id, occurred_at)
VALUES (gen_random_uuid(), :org::uuid, :tech::uuid, 'bench', 'PASS_QC', 'WorkOrder', :wo::uuid, now());
COMMIT;
BEGIN;
SELECT * FROM work_order WHERE id = :wo::uuid;
UPDATE work_order SET status = 'COMPLETED', final_test = '路试正常', completed_at = now(), version = version + 1, updated_at = now() WHERE id = :wo::uuid;
INSERT INTO work_order_history (work_order_id, position, action, from_status, to_status, occurred_at, by_user, by_name)
VALUES (:wo::uuid, 7, 'COMPLETE', 'QUALITY_CHECK', 'COMPLETED', now(), :tech::uuid, 'bench');
INSERT INTO audit_event (id, organization_id, actor_id, actor_name, action, entity_type, entity_id, occurred_at)
VALUES (gen_random_uuid(), :org::uuid, :tech::uuid, 'bench', 'COMPLETE', 'WorkOrder', :wo::uuid, now());
COMMIT;
BEGIN;
SELECT * FROM work_order WHERE id = :wo::uuid;
INSERT INTO work_order_payment (work_order_id, position, method, amount, received_at, received_by)
VALUES (:wo::uuid, 0, 'CASH', 500, now(), :tech::uuid);
UPDATE work_order SET status = 'SETTLED', amount_owed = 483.10, settled_at = now(), version = version + 1, updated_at = now() WHERE id = :wo::uuid;
INSERT INTO work_order_history (work_order_id, position, action, from_status, to_status, occurred_at, by_user, by_name)
VALUES (:wo::uuid, 8, 'SETTLE', 'COMPLETED', 'SETTLED', now(), :tech::uuid, 'bench');
INSERT INTO audit_event (id, organization_id, actor_id, actor_name, action, entity_type, entity_id, occurred_at)
VALUES (gen_random_uuid(), :org::uuid, :tech::uuid, 'bench', 'SETTLE', 'WorkOrder', :wo::uuid, now());
COMMIT;
BEGIN;
SELECT * FROM work_order WHERE id = :wo::uuid;
UPDATE work_order SET status = 'DELIVERED', signed_by = '张伟', delivered_at = now(), version = version + 1, updated_at = now() WHERE id = :wo::uuid;
INSERT INTO work_order_history (work_order_id, position, action, from_status, to_status, occurred_at, by_user, by_name)
VALUES (:wo::uuid, 9, 'DELIVER', 'SETTLED', 'DELIVERED', now(), :tech::uuid, 'bench');
INSERT INTO audit_event (id, organization_id, actor_id, actor_name, action, entity_type, entity_id, occurred_at)
VALUES (gen_random_uuid(), :org::uuid, :tech::uuid, 'bench', 'DELIVER', 'WorkOrder', :wo::uuid, now());
COMMIT;
