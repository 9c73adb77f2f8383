-- Baseline of the board (GET /api/v1/work-orders/board): a random store's work orders still in the workshop, with the
-- assistants of each. Variables: :org.
\set s random(1, 20)
BEGIN;
SELECT id AS store FROM store WHERE organization_id = :org::uuid AND code = 'S' || lpad(:s::text, 2, '0') \gset
SELECT * FROM work_order WHERE store_id = :store::uuid
  AND status IN ('RECEIVED','ESTIMATED','APPROVED','DISPATCHED','IN_PROGRESS','ON_HOLD','QUALITY_CHECK','COMPLETED','SETTLED')
  ORDER BY created_at;
COMMIT;
