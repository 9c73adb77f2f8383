-- Baseline of a stock reservation (POST /api/v1/stock/reservations): find the part, the conditional update of its
-- stock row, the reservation and its ledger row, and the idempotency key with the response. Variables: :org, :store.
\set k random(1, 5000)
BEGIN;
SELECT id AS part FROM part WHERE organization_id = :org::uuid
  AND number = (array['06K','5Q0','8W0','3G0','1K0'])[1 + :k % 5] || lpad(:k::text, 6, '0') || substr('ABCDEFGH', 1 + :k % 8, 1) \gset
UPDATE stock SET reserved = reserved + 1, version = version + 1
  WHERE store_id = :store::uuid AND part_id = :part::uuid AND on_hand - reserved >= 1;
SELECT gen_random_uuid() AS r \gset
INSERT INTO stock_reservation (id, organization_id, store_id, part_id, quantity, status, created_at)
  VALUES (:r::uuid, :org::uuid, :store::uuid, :part::uuid, 1, 'ACTIVE', now());
INSERT INTO stock_movement (id, organization_id, store_id, part_id, type, on_hand_change, reserved_change, reservation_id, occurred_at)
  VALUES (gen_random_uuid(), :org::uuid, :store::uuid, :part::uuid, 'RESERVE', 0, 1, :r::uuid, now());
INSERT INTO idempotency_key (organization_id, idem_key, request_hash, status, content_type, location, body, created_at)
VALUES (:org::uuid, gen_random_uuid()::text, md5(:r::text), 201, 'application/json', '/api/v1/stock/reservations/' || :r::text,
  repeat('x', 300), now());
COMMIT;
