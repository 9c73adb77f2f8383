#!/usr/bin/env bash
# Work-order lane and board through the HTTP API on PostgreSQL (issue 4).
#  1. The lane: clients take work orders from reception to delivery (13 requests each, bench/WorkOrderLane.java)
#     for T seconds; then pgbench runs bench/workorder-lane.sql (the same rows in the same 13 transactions) with the
#     same number of clients against the same database. Repeated R times, alternating; medians are printed with the
#     ratio app / pgbench in lanes per second.
#  2. The board: 300 open work orders in one store; times GET of the board page (HTML, signed in) and of the board
#     API, N times each; prints p50 and p95.
#   bench/workorders.sh          CLIENTS=8 T=20 R=3 N=50 (LANE=0 for the board only); PG on 127.0.0.1:5432, database test
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${CLIENTS:-8}
T=${T:-20}
R=${R:-3}
N=${N:-50}
PORT=${PORT:-18082}
SCHEMA=aftersales_bench_wo
. bench/lib.sh
start_app ${APP_ARGS:-}

post() { curl -sf -X POST "$BASE$2" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3"; }
token() { curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$1\",\"password\":\"$2\"}" | json token; }

ADMIN=$(token admin Bench-admin-2026)
STORE=$(curl -sf "$BASE/api/v1/stores" -H "Authorization: Bearer $ADMIN" | json id)
ORG=$(PGOPTIONS="-c search_path=$SCHEMA" "${PSQL[@]}" -c "select organization_id from store where id = '$STORE'")
user() {
  post "$ADMIN" /api/v1/users "{\"username\":\"$1\",\"password\":\"Bench-user-2026\",\"displayName\":\"$1\",
    \"roles\":[\"TECHNICIAN\"],\"storeIds\":[\"$STORE\"]}" | json id
}
TECH_ID=$(user benchtech)
user benchqc >/dev/null
TECH=$(token benchtech Bench-user-2026)
QC=$(token benchqc Bench-user-2026)

echo "Registering 50 customers with a vehicle each…"
VEHICLES=()
for i in $(seq 1 50); do
  vin=$(printf 'LSVAU2180N%07d' "$i")
  out=$(post "$ADMIN" /api/v1/customers "{\"type\":\"PERSON\",\"name\":\"客户$i\",\"phones\":[\"1391234$(printf %04d "$i")\"]}")
  cid=$(echo "$out" | json id)
  aid=$(post "$ADMIN" /api/v1/assets "{\"customerId\":\"$cid\",\"kind\":\"VEHICLE\",\"plate\":\"沪B$(printf %05d "$i")\",
    \"warrantyStart\":\"2025-01-01\",\"warrantyEnd\":\"2030-01-01\"}" | json id)
  VEHICLES+=("$cid:$aid")
done
CUSTOMER=${VEHICLES[0]%%:*}
ASSET=${VEHICLES[0]##*:}

lane() { java bench/WorkOrderLane.java "$BASE" "$ADMIN" "$TECH" "$QC" "$TECH_ID" "$STORE" "$1" "$2" "${VEHICLES[@]}"; }
baseline() {
  PGOPTIONS="-c search_path=$SCHEMA" pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$1" -j 2 -T "$2" \
    -D org="$ORG" -D store="$STORE" -D customer="$CUSTOMER" -D asset="$ASSET" -D tech="$TECH_ID" \
    -f bench/workorder-lane.sql test 2>/dev/null | sed -n 's/^tps = \([0-9.]*\).*/\1/p'
}

if [ "${LANE:-1}" = 1 ]; then
echo "Warming up…"
lane 2 10 >/dev/null || { echo "lane failed"; tail -20 "$WORK/app.log"; exit 1; }
baseline 2 5 >/dev/null
: >"$WORK/app"; : >"$WORK/pg"
for r in $(seq 1 "$R"); do
  lane "$CLIENTS" "$T" >>"$WORK/app"
  baseline "$CLIENTS" "$T" >>"$WORK/pg"
done
APP_LANES=$(awk '{ print $2 }' "$WORK/app" | median)
P50=$(awk '{ print $4 }' "$WORK/app" | median)
P99=$(awk '{ print $5 }' "$WORK/app" | median)
ERRORS=$(awk '{ s += $6 } END { print s }' "$WORK/app")
PG_LANES=$(median <"$WORK/pg")
echo
echo "Lane (13 requests per work order), $CLIENTS clients, $R runs of $T s each, medians:"
printf '%-22s %10s %10s %8s %9s %9s %7s\n' operation "app lane/s" "pgbench/s" ratio "p50 ms" "p99 ms" errors
printf '%-22s %10s %10s %8.2f %9s %9s %7s\n' "receive→deliver" "$APP_LANES" "$PG_LANES" \
  "$(echo "$APP_LANES / $PG_LANES" | bc -l)" "$P50" "$P99" "$ERRORS"
echo "runs (app: clients lanes/s requests p50 p99 errors):"; cat "$WORK/app"; echo "runs (pgbench lanes/s):"; cat "$WORK/pg"
fi

echo
echo "Board: 300 open work orders in the store…"
PGOPTIONS="-c search_path=$SCHEMA" "${PSQL[@]}" -c "update work_order set status = 'DELIVERED' where status <> 'DELIVERED'"
for i in $(seq 1 300); do
  v=${VEHICLES[$((i % 50))]}
  post "$ADMIN" /api/v1/work-orders "{\"storeId\":\"$STORE\",\"customerId\":\"${v%%:*}\",\"assetId\":\"${v##*:}\",
    \"serviceType\":\"MAINTENANCE\",\"complaint\":\"保养\",\"promisedAt\":\"2026-01-01T08:00:00Z\"}" >/dev/null
done
OPEN=$(PGOPTIONS="-c search_path=$SCHEMA" "${PSQL[@]}" -c "select count(*) from work_order where status <> 'DELIVERED' and store_id = '$STORE'")
JAR_COOKIES="$WORK/cookies"
csrf=$(curl -s -c "$JAR_COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null -X POST "$BASE/login" \
  --data-urlencode "username=admin" --data-urlencode "password=Bench-admin-2026" --data-urlencode "_csrf=$csrf"
timed() {
  for i in $(seq 1 "$N"); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done \
    | awk '{ printf "%.3f\n", $1 * 1000 }' | sort -n \
    | awk '{ v[NR] = $1 } END { printf "%8.1f %8.1f\n", v[int(NR * 0.5)], v[int(NR * 0.95)] }'
}
for i in 1 2 3 4 5; do curl -s -o /dev/null -b "$JAR_COOKIES" "$BASE/work-orders/board"; done
printf '%-34s %8s %8s\n' "board ($OPEN open), $N requests" "p50 ms" "p95 ms"
printf '%-34s %s\n' "GET /work-orders/board (HTML)" "$(timed -b "$JAR_COOKIES" "$BASE/work-orders/board")"
printf '%-34s %s\n' "GET /api/v1/work-orders/board" "$(timed -H "Authorization: Bearer $ADMIN" "$BASE/api/v1/work-orders/board?storeId=$STORE")"
printf '%-34s %s\n' "GET /actuator/health (baseline)" "$(timed "$BASE/actuator/health")"
size=$(curl -s -b "$JAR_COOKIES" "$BASE/work-orders/board" | wc -c)
echo "board page: $size bytes"
