#!/usr/bin/env bash
# Stock reservations through the HTTP API on PostgreSQL (issue 5): 100 parts with plenty of stock in one store;
# wrk (bench/reserve.lua) reserves 1 unit of a random part per request with C connections for T seconds, then pgbench
# runs bench/reserve.sql (the same statements) with C clients for T seconds against the same database. R rounds,
# alternating; medians, and the ratio app / pgbench.
#   bench/reservations.sh          C=8 T=20 R=3; PG on 127.0.0.1:5432, database test; needs wrk (apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
C=${C:-8}
T=${T:-20}
R=${R:-3}
PORT=${PORT:-18083}
SCHEMA=aftersales_bench_stock
. bench/lib.sh
start_app ${APP_ARGS:-}
post() { curl -sf -X POST "$BASE$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$2"; }
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"Bench-admin-2026"}' | json token)
STORE=$(curl -sf "$BASE/api/v1/stores" -H "Authorization: Bearer $TOKEN" | json id)
ORG=$(PGOPTIONS="-c search_path=$SCHEMA" "${PSQL[@]}" -c "select organization_id from store where id = '$STORE'")
echo "Creating 100 parts with 1,000,000 units each…"
for i in $(seq -w 1 100); do
  part=$(post /api/v1/parts "{\"number\":\"BENCH$i\",\"name\":\"配件$i\",\"genuine\":true,\"cost\":10,\"listPrice\":15}" | json id)
  post /api/v1/stock/receipts "{\"storeId\":\"$STORE\",\"partId\":\"$part\",\"quantity\":1000000,\"unitCost\":10}" >/dev/null
  echo "$part" >>"$WORK/parts"
done
export TOKEN STORE PARTS="$WORK/parts"
app() {
  wrk -t 2 -c "$1" -d "$2s" --latency -s bench/reserve.lua "$BASE" >"$WORK/wrk.txt"
  rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$WORK/wrk.txt")
  p50=$(awk '$1 == "50%" { print $2 }' "$WORK/wrk.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$WORK/wrk.txt")
  bad=$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$WORK/wrk.txt")
  echo "$rps $p50 $p99 ${bad:-0}"
}
baseline() {
  PGOPTIONS="-c search_path=$SCHEMA" pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$1" -j 2 -T "$2" \
    -D org="$ORG" -D store="$STORE" -f bench/reserve.sql test 2>/dev/null | sed -n 's/^tps = \([0-9.]*\).*/\1/p'
}
# wrk prints latencies with units (us, ms, s); the median in ms.
msmedian() { awk '{ v = $1; if (v ~ /us$/) v = v / 1000; else if (v ~ /ms$/) v = v + 0; else if (v ~ /s$/) v = v * 1000; print v }' | median; }
echo "Warming up…"
app "$C" 20 >/dev/null
baseline 2 5 >/dev/null
: >"$WORK/app"; : >"$WORK/pg"
for r in $(seq 1 "$R"); do
  app "$C" "$T" >>"$WORK/app"
  baseline "$C" "$T" >>"$WORK/pg"
done
APP_RPS=$(awk '{ print $1 }' "$WORK/app" | median)
PG_TPS=$(median <"$WORK/pg")
echo
printf '%-26s %6s %10s %10s %7s %9s %9s %7s\n' operation conns "app req/s" "pgbench/s" ratio p50 p99 "non-2xx"
printf '%-26s %6s %10s %10s %7.2f %9s %9s %7s\n' "reserve 1 of 100 hot parts" "$C" "$APP_RPS" "$PG_TPS" \
  "$(echo "$APP_RPS / $PG_TPS" | bc -l)" "$(awk '{ print $2 }' "$WORK/app" | msmedian)" \
  "$(awk '{ print $3 }' "$WORK/app" | msmedian)" "$(awk '{ s += $4 } END { print s }' "$WORK/app")"
echo "runs (app: req/s p50 p99 non-2xx):"; cat "$WORK/app"; echo "runs (pgbench tx/s):"; cat "$WORK/pg"
echo "ledger check: on hand = sum of ledger for every part, reserved = active reservations:"
PGOPTIONS="-c search_path=$SCHEMA" "${PSQL[@]}" -c "
  select count(*) filter (where s.on_hand <> coalesce(m.total, 0)) as on_hand_mismatches,
         count(*) filter (where s.reserved <> coalesce(m.reserved, 0)) as reserved_mismatches
  from stock s left join (select store_id, part_id, sum(on_hand_change) total, sum(reserved_change) reserved
                          from stock_movement group by store_id, part_id) m
    on m.store_id = s.store_id and m.part_id = s.part_id"
