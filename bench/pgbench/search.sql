-- Baseline of the search box (GET /api/v1/search) by a whole plate, the last 4 of a phone or the last 6 of a VIN, a
-- third each: the look-ups the search makes for each kind (identifier, plate contains, phone tail) and the owners
-- with their phones and vehicles. Values come from the generator's formulas. Variables: :org.
\set j random(1, 150000)
\set i random(1, 100000)
\set kind random(0, 2)
\if :kind = 0
SELECT (array['沪','苏','浙','皖'])[1 + :j % 4] || substr('ABCDEFGHJKLMN', 1 + :j % 13, 1)
       || lpad(upper(to_hex((:j::bigint * 40503) % 1048576)), 5, '0') AS q \gset
\elif :kind = 1
SELECT right(lpad(((:i::bigint * 7919 + 13) % 100000000)::text, 8, '0'), 4) AS q \gset
\else
SELECT right(lpad(upper(to_hex(:j::bigint * 2654435761 % 4294967296)), 8, '0'), 3) || lpad((:j % 1000)::text, 3, '0') AS q \gset
\endif
BEGIN;
SELECT * FROM asset WHERE organization_id = :org::uuid
  AND (plate = :q::text OR vin = :q::text OR vin_last6 = :q::text OR serial_number = :q::text) ORDER BY plate LIMIT 20;
\if :kind > 0
SELECT * FROM asset WHERE organization_id = :org::uuid AND plate LIKE '%' || :q::text || '%' LIMIT 20;
SELECT c.*, p.number FROM customer c JOIN customer_phone p ON p.customer_id = c.id
  WHERE c.organization_id = :org::uuid AND p.last4 = :q::text LIMIT 20;
SELECT * FROM asset WHERE customer_id IN (SELECT p.customer_id FROM customer_phone p WHERE p.last4 = :q::text LIMIT 20);
\endif
SELECT c.*, p.number FROM customer c LEFT JOIN customer_phone p ON p.customer_id = c.id
  WHERE c.id IN (SELECT customer_id FROM asset WHERE organization_id = :org::uuid
                 AND (plate = :q::text OR vin_last6 = :q::text) LIMIT 20);
COMMIT;
