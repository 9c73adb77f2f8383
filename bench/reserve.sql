-- pgbench baseline of bench/reservations.sh: the statements one reservation writes, in one transaction: find the
-- part, the conditional update of its stock row, the reservation row and its ledger row. Variables: :org, :store.
\set i random(0, 99)
BEGIN;
SELECT id AS part FROM part WHERE organization_id = :org::uuid ORDER BY number OFFSET :i LIMIT 1 \gset
UPDATE stock SET reserved = reserved + 1, version = version + 1
  WHERE organization_id = :org::uuid AND store_id = :store::uuid AND part_id = :part::uuid AND on_hand - reserved >= 1;
SELECT gen_random_uuid() AS r \gset
INSERT INTO stock_reservation (id, organization_id, store_id, part_id, quantity, status, created_at)
  VALUES (:r::uuid, :org::uuid, :store::uuid, :part::uuid, 1, 'ACTIVE', now());
INSERT INTO stock_movement (id, organization_id, store_id, part_id, type, on_hand_change, reserved_change, reservation_id, occurred_at)
  VALUES (gen_random_uuid(), :org::uuid, :store::uuid, :part::uuid, 'RESERVE', 0, 1, :r::uuid, now());
COMMIT;
