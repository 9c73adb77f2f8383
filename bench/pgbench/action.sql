-- Baseline of a workshop action (POST …/hold, then …/resume): read the work order and its history, the update under
-- the optimistic lock, the history row and the audit row. Each client owns 4 orders of the pool table bench_pool,
-- so clients never collide. Variables: :org.
\set r random(0, 3)
BEGIN;
SELECT w.id AS wo, w.version AS v, CASE WHEN w.status = 'IN_PROGRESS' THEN 1 ELSE 0 END AS hold
  FROM bench_pool p JOIN work_order w ON w.id = p.id WHERE p.n = :client_id * 4 + :r \gset
SELECT count(*) AS pos FROM work_order_history WHERE work_order_id = :wo::uuid \gset
\if :hold
UPDATE work_order SET status = 'ON_HOLD', held_from = 'IN_PROGRESS', hold_reason = '等待配件', version = version + 1, updated_at = now()
  WHERE id = :wo::uuid AND version = :v;
INSERT INTO work_order_history (work_order_id, position, action, from_status, to_status, occurred_at, by_user, by_name, note)
VALUES (:wo::uuid, :pos, 'HOLD', 'IN_PROGRESS', 'ON_HOLD', now(), :org::uuid, 'bench', '等待配件');
\else
UPDATE work_order SET status = 'IN_PROGRESS', held_from = NULL, hold_reason = NULL, version = version + 1, updated_at = now()
  WHERE id = :wo::uuid AND version = :v;
INSERT INTO work_order_history (work_order_id, position, action, from_status, to_status, occurred_at, by_user, by_name)
VALUES (:wo::uuid, :pos, 'RESUME', 'ON_HOLD', 'IN_PROGRESS', now(), :org::uuid, 'bench');
\endif
INSERT INTO audit_event (id, organization_id, actor_id, actor_name, action, entity_type, entity_id, occurred_at)
VALUES (gen_random_uuid(), :org::uuid, :org::uuid, 'bench', 'HOLD', 'WorkOrder', :wo::uuid, now());
COMMIT;
