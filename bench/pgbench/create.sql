-- Baseline of reception (POST /api/v1/work-orders): what the application reads and writes for one work order, in one
-- transaction: the store, vehicle and customer, the comeback check, the day's number, the work order with its first
-- history row and its 10 inspection items, the dashboard row, the audit row and the idempotency key with the response.
-- Variables: :org.
\set j random(1, 150000)
\set s random(1, 20)
BEGIN;
SELECT id AS store, code FROM store WHERE organization_id = :org::uuid AND code = 'S' || lpad(:s::text, 2, '0') \gset
SELECT id AS asset, customer_id AS customer, plate FROM asset WHERE organization_id = :org::uuid
  AND vin = 'LSV' || (array['AU','BC','DE','FG','HJ'])[1 + :j % 5] || (:j % 10)::text
            || lpad(upper(to_hex(:j::bigint * 2654435761 % 4294967296)), 8, '0') || lpad((:j % 1000)::text, 3, '0') \gset
SELECT name AS cname, tier FROM customer WHERE id = :customer::uuid \gset
SELECT id FROM work_order WHERE asset_id = :asset::uuid AND created_at > now() - interval '30 days' ORDER BY created_at DESC LIMIT 1;
INSERT INTO work_order_counter (store_id, on_day, last_value) VALUES (:store::uuid, current_date, 0) ON CONFLICT DO NOTHING;
UPDATE work_order_counter SET last_value = last_value + 1 WHERE store_id = :store::uuid AND on_day = current_date;
SELECT gen_random_uuid() AS wo, last_value AS n FROM work_order_counter WHERE store_id = :store::uuid AND on_day = current_date \gset
INSERT INTO work_order (id, organization_id, store_id, number, customer_id, customer_name, asset_id, asset_label, service_type,
  status, complaint, mileage, warranty_covered, warranty_reason, advisor_id, tax_rate, amount_due, amount_owed, created_at, updated_at, version)
VALUES (:wo::uuid, :org::uuid, :store::uuid, :code::text || '-' || to_char(current_date, 'YYYYMMDD') || '-' || lpad(:n::text, greatest(4, length(:n::text)), '0'),
  :customer::uuid, :cname::text, :asset::uuid, :plate::text, 'REPAIR', 'RECEIVED', '冷车启动异响', 0, true, 'COVERED', :org::uuid, 0.13, 0, 0,
  now(), now(), 0);
INSERT INTO work_order_history (work_order_id, position, action, to_status, occurred_at, by_user, by_name)
VALUES (:wo::uuid, 0, 'RECEIVE', 'RECEIVED', now(), :org::uuid, 'bench');
INSERT INTO work_order_inspection (work_order_id, position, item) SELECT :wo::uuid, g, '检查项' || g FROM generate_series(0, 9) g;
INSERT INTO work_order_month (organization_id, store_id, month_start, received, delivered, cancelled, output_value)
VALUES (:org::uuid, :store::uuid, date_trunc('month', current_date), 0, 0, 0, 0) ON CONFLICT DO NOTHING;
UPDATE work_order_month SET received = received + 1 WHERE store_id = :store::uuid AND month_start = date_trunc('month', current_date);
INSERT INTO audit_event (id, organization_id, actor_id, actor_name, action, entity_type, entity_id, occurred_at)
VALUES (gen_random_uuid(), :org::uuid, :org::uuid, 'bench', 'RECEIVE', 'WorkOrder', :wo::uuid, now());
INSERT INTO idempotency_key (organization_id, idem_key, request_hash, status, content_type, location, body, created_at)
VALUES (:org::uuid, gen_random_uuid()::text, md5(:wo::text), 201, 'application/json', '/api/v1/work-orders/' || :wo::text,
  repeat('x', 2500), now());
COMMIT;
