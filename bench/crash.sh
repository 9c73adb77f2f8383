#!/usr/bin/env bash
# Crash safety (issue 7): on PostgreSQL, CLIENTS clients create work orders and reserve stock with an
# Idempotency-Key (bench/CrashClients.java) while the instance is killed with kill -9 KILLS times at random moments
# and started again; clients send unanswered requests again with the same key. Then it counts, in the database:
# acknowledged writes missing, writes without an acknowledged key (duplicates), stock rows whose on hand and reserved
# differ from the sum of their ledger, and module events left incomplete. Prints lost=… duplicates=… and exits
# non-zero unless all are 0.
#   bench/crash.sh            KILLS=10 CLIENTS=6; CI runs KILLS=3
set -euo pipefail
cd "$(dirname "$0")/.."
SCHEMA=${SCHEMA:-aftersales_crash}
PORT=${PORT:-18092}
KILLS=${KILLS:-10}
CLIENTS=${CLIENTS:-6}
source bench/lib.sh

py() { python3 -c "import json,sys; d=json.load(sys.stdin); $1"; }
q() { "${PSQL[@]}" -c "set search_path to $SCHEMA; $1"; }
post() { curl -sf -X POST "$BASE$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$2"; }

start_app ${APP_ARGS:-}
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"Bench-admin-2026"}' | py 'print(d["token"])')
STORE=$(curl -sf "$BASE/api/v1/stores" -H "Authorization: Bearer $TOKEN" | py 'print(d["items"][0]["id"])')
echo "Fixture: 10 customers with a vehicle, 20 parts with 100,000 units each…"
VEHICLES=()
for i in $(seq 1 10); do
  cid=$(post /api/v1/customers "{\"type\":\"PERSON\",\"name\":\"客户$i\",\"phones\":[\"1381234$(printf %04d "$i")\"]}" \
    | py 'print(d["customer"]["id"])')
  aid=$(post /api/v1/assets "{\"customerId\":\"$cid\",\"kind\":\"VEHICLE\",\"plate\":\"沪C$(printf %05d "$i")\"}" \
    | py 'print(d["asset"]["id"])')
  VEHICLES+=("$cid:$aid")
done
for i in $(seq -w 1 20); do
  part=$(post /api/v1/parts "{\"number\":\"CRASH$i\",\"name\":\"配件$i\",\"genuine\":true,\"cost\":10,\"listPrice\":15}" \
    | py 'print(d["id"])')
  post /api/v1/stock/receipts "{\"storeId\":\"$STORE\",\"partId\":\"$part\",\"quantity\":100000,\"unitCost\":10}" >/dev/null
  echo "$part" >>"$WORK/parts"
done

java bench/CrashClients.java "$BASE" "$TOKEN" "$STORE" "$WORK/stop" "$WORK/acknowledged" "$CLIENTS" "$WORK/parts" \
  "${VEHICLES[@]}" >"$WORK/clients.out" 2>&1 &
CLIENT_PID=$!
for k in $(seq 1 "$KILLS"); do
  sleep "$(python3 -c 'import random; print(round(random.uniform(1.5, 4), 2))')"
  kill -9 "$APP"; wait "$APP" 2>/dev/null || true
  echo "kill $k"
  launch_app ${APP_ARGS:-}
done
sleep 3
touch "$WORK/stop"
wait "$CLIENT_PID"
cat "$WORK/clients.out"

q "create table crash_ack (kind varchar(5), idem_key varchar(100), id uuid)"
PGOPTIONS="-c search_path=$SCHEMA" "${PSQL[@]}" \
  -c "\\copy crash_ack from '$WORK/acknowledged' with (format csv, delimiter '|')"
acked_wo=$(q "select count(*) from crash_ack where kind = 'WO'")
acked_res=$(q "select count(*) from crash_ack where kind = 'RES'")
lost=$(q "select (select count(*) from crash_ack a where kind = 'WO' and not exists (select 1 from work_order w where w.id = a.id))
             + (select count(*) from crash_ack a where kind = 'RES' and not exists (select 1 from stock_reservation r where r.id = a.id))")
made_wo=$(q "select count(*) from work_order")
made_res=$(q "select count(*) from stock_reservation")
duplicates=$(( made_wo - acked_wo + made_res - acked_res ))
keys_twice=$(q "select count(*) from (select id from crash_ack group by id having count(*) > 1) t")
ledger=$(q "select count(*) from stock s where s.on_hand <> coalesce((select sum(on_hand_change) from stock_movement m where m.store_id = s.store_id and m.part_id = s.part_id), 0)
            or s.reserved <> coalesce((select sum(reserved_change) from stock_movement m where m.store_id = s.store_id and m.part_id = s.part_id), 0)")
for _ in $(seq 1 30); do
  incomplete=$(q "select count(*) from event_publication where completion_date is null")
  [ "$incomplete" -eq 0 ] && break
  sleep 1
done
echo "kills=$KILLS work orders acknowledged=$acked_wo in database=$made_wo; reservations acknowledged=$acked_res in database=$made_res"
echo "ledger mismatches=$ledger event publications incomplete=$incomplete ids acknowledged twice=$keys_twice"
echo "lost=$lost duplicates=$duplicates"
[ "$lost" -eq 0 ] && [ "$duplicates" -eq 0 ] && [ "$keys_twice" -eq 0 ] && [ "$ledger" -eq 0 ] && [ "$incomplete" -eq 0 ]
