#!/usr/bin/env bash
# The management figures at scale (issue 13): on the 1,000,000-work-order data set of bench/generate.sh (made when
# missing), with its reporting projection written by bench/reports.sql, each reporting request through the HTTP API
# with one client, N times with a random store where one is taken: p50 and p95 in ms, with GET /actuator/health as
# the baseline of the HTTP path. First the projection is checked against the work-order tables (received, delivered,
# output value); the run fails on any difference or any request that does not answer 200. Then WRITERS (8) clients
# take work orders through the lane for WT (30) seconds, and the figures are checked again once every event is handled.
#   bench/reports.sh                 N=100 by default; SCHEMA=aftersales_scale; PG on 127.0.0.1:5432, database test
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100}
PORT=${PORT:-18091}
SCHEMA=${SCHEMA:-aftersales_scale}
KEEP_SCHEMA=1
. bench/lib.sh
ensure_scale_data
if [ "$(Q -c "select count(*) from report_work_order")" != "$(Q -c "select count(*) from work_order")" ] \
    || [ "$(Q -c "select count(*) from report_part_use")" = 0 ] || [ -n "${REFILL:-}" ]; then
  echo "Writing the reporting projection…"
  t0=$(date +%s)
  Q -f bench/reports.sql
  echo "  in $(( $(date +%s) - t0 )) s"
fi
launch_app --aftersales.scheduler.enabled=false
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"Bench-admin-2026"}' | json token)
get() { curl -sf -H "Authorization: Bearer $TOKEN" "$BASE$1"; }

today=$(TZ=Asia/Shanghai date +%F)   # the stores count days in their own zone
first=$(Q -c "select min((created_at at time zone 'Asia/Shanghai')::date) from work_order")
# The figures of every store over all days against the work-order tables themselves: received, delivered, output.
check_figures() {
  echo "Checking the figures against the work orders ($first to $today)…"
  local db api db_output total received delivered output
  db=$(Q -F ' ' -c "select count(*), count(delivered_at) from work_order")
  # The daily sums are made at start-up when the rows came before them (this script's SQL, or an upgrade): wait.
  for _ in $(seq 600); do
    api=$(get "/api/v1/reports/kpis?groupBy=STORE&from=$first&to=$today")
    echo "$api" | grep -q "\"received\":${db% *}," && break
    sleep 1
  done
  db_output=$(Q -c "select coalesce(sum(round(l.quantity * l.unit_price * (100 - l.discount_percent) / 100, 2)), 0)
    from work_order w join work_order_line l on l.work_order_id = w.id
    where w.delivered_at is not null and l.decision is distinct from 'DECLINED' and l.pay_type <> 'GOODWILL'")
  total=$(echo "$api" | sed 's/.*"total":{//')
  received=$(echo "$total" | sed -n 's/.*"received":\([0-9]*\).*/\1/p')
  delivered=$(echo "$total" | sed -n 's/.*"delivered":\([0-9]*\).*/\1/p')
  output=$(echo "$total" | sed -n 's/.*"outputValue":\([0-9.]*\).*/\1/p')
  echo "  received  api $received  work orders ${db% *}"
  echo "  delivered api $delivered  work orders ${db#* }"
  echo "  output    api $output  lines $db_output"
  [ "$received" = "${db% *}" ] && [ "$delivered" = "${db#* }" ] \
    && awk -v a="$output" -v b="$db_output" 'BEGIN { exit (a - b < 0.005 && b - a < 0.005) ? 0 : 1 }' \
    || { echo "FAIL: the figures differ from the work orders"; exit 1; }
}
check_figures
grep -a "daily sums" "$WORK/app.log" | sed 's/.*Reporting: /  /' || true

mapfile -t STORES < <(Q -c "select id from store order by code")
month=$(date -u +%Y-%m)
year_ago=$(date -u -d "$today -1 year" +%F)
three_years=$(date -u -d "$today -3 years" +%F)
paths() {   # $2 (default N) request paths of one kind, a random store in each where {store} appears
  for _ in $(seq "${2:-$N}"); do echo "${1//\{store\}/${STORES[$((RANDOM % ${#STORES[@]}))]}}"; done
}
FAILED=0
timed() {   # one GET per line of the input; milliseconds per request
  while IFS= read -r path; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" "$BASE$path"
  done | awk '$1 != 200 { failed++ } { printf "%.3f\n", $2 * 1000 } END { if (failed) print "FAILED " failed > "/dev/stderr" }'
}
stats() {
  sort -n | awk '{ v[NR] = $1 }
    END { p50 = int(NR * 0.5); if (p50 < 1) p50 = 1; p95 = int(NR * 0.95); if (p95 < 1) p95 = 1
          printf "%8.1f %8.1f", v[p50], v[p95] }'
}
declare -A KINDS=(
  [kpis-store-month]="/api/v1/reports/kpis?groupBy=STORE"
  [kpis-advisor-year]="/api/v1/reports/kpis?groupBy=ADVISOR&from=$year_ago&to=$today"
  [kpis-tech-store]="/api/v1/reports/kpis?groupBy=TECHNICIAN&storeId={store}&from=$year_ago&to=$today"
  [kpis-month-3y]="/api/v1/reports/kpis?groupBy=MONTH&from=$three_years&to=$today"
  [kpis-day-store]="/api/v1/reports/kpis?groupBy=DAY&storeId={store}"
  [drill-down]="/api/v1/reports/kpis/work-orders?groupBy=STORE&measure=DELIVERED&key={store}&from=$year_ago&to=$today"
  [compare-store]="/api/v1/reports/compare?groupBy=STORE&metric=OUTPUT_VALUE"
  [compare-month]="/api/v1/reports/compare?groupBy=MONTH&metric=RECEIVED&storeId={store}&from=$year_ago&to=$today"
  [rankings]="/api/v1/reports/rankings?role=TECHNICIAN"
  [forecast]="/api/v1/reports/forecast?storeId={store}&metric=OUTPUT_VALUE&months=3"
  [morning]="/api/v1/reports/morning?storeId={store}"
  [parts-forecast]="/api/v1/reports/forecast/parts?storeId={store}&months=3&top=20"
  [cost-variance]="/api/v1/reports/variance?storeId={store}"
)
ORDER=(kpis-store-month kpis-advisor-year kpis-tech-store kpis-month-3y kpis-day-store drill-down compare-store
  compare-month rankings forecast morning parts-forecast cost-variance)

seq "$N" | sed 's|.*|/actuator/health|' >"$WORK/health"
timed <"$WORK/health" >/dev/null                           # warm-up
for kind in "${ORDER[@]}"; do paths "${KINDS[$kind]}" 20 | timed >/dev/null; done
base=$(timed <"$WORK/health" | stats)
base_p95=$(echo "$base" | awk '{print $2}')
echo
echo "Reporting API, 1 client, $N requests each, $(Q -c "select count(*) from work_order") work orders, $(nproc) cores, $(date -u +%F)"
printf "%-18s %8s %8s %14s\n" request p50_ms p95_ms p95/baseline
printf "%-18s %s %14s\n" "health (base)" "$base" "1.0"
for kind in "${ORDER[@]}"; do
  s=$(paths "${KINDS[$kind]}" | timed 2>"$WORK/failed" | stats)
  [ -s "$WORK/failed" ] && { echo "FAIL: $kind $(cat "$WORK/failed")"; FAILED=1; }
  printf "%-18s %s %14.1f\n" "$kind" "$s" "$(echo "$s $base_p95" | awk '{print $2 / $3}')"
done

# The projection keeps up with concurrent writers: WRITERS clients take work orders of store S01 through the whole
# lane (13 requests each, bench/WorkOrderLane.java) for WT seconds; once every event is handled the figures must equal
# the work-order tables again. Prints lanes per second, request latency and how long the projection lagged behind.
WRITERS=${WRITERS:-8}
WT=${WT:-30}
if [ "$WRITERS" -gt 0 ]; then
  token_of() { curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"Bench-admin-2026\"}" | json token; }
  S01=$(Q -c "select id from store where code = 'S01'")
  TECH_ID=$(Q -c "select id from app_user where username = 's01-tech1'")
  mapfile -t LANE_VEHICLES < <(Q -F ':' -c "select customer_id, id from asset order by random() limit 500")
  echo
  echo "Writers: $WRITERS clients through the lane for $WT s at S01…"
  java bench/WorkOrderLane.java "$BASE" "$TOKEN" "$(token_of s01-tech1)" "$(token_of s01-tech2)" "$TECH_ID" "$S01" \
    "$WRITERS" "$WT" "${LANE_VEHICLES[@]}" >"$WORK/lane"
  lane_end=$(date +%s.%N)
  for _ in $(seq 600); do
    [ "$(Q -c "select count(*) from event_publication where completion_date is null")" = 0 ] && break
    sleep 0.2
  done
  lag=$(awk -v a="$lane_end" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  echo "  (clients lanes/s requests p50_ms p99_ms errors): $(cat "$WORK/lane")"
  echo "  projection caught up ${lag} s after the last request"
  [ "$(awk '{ print $6 }' "$WORK/lane")" = 0 ] || { echo "FAIL: lane requests failed"; FAILED=1; }
  check_figures
fi
exit $FAILED
