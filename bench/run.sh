#!/usr/bin/env bash
# The application benchmark of issue 7 on the scale data set (bench/generate.sh makes it when missing). Starts
# AfterSales on it and, for each main operation and 1, 8 and 32 connections, drives the HTTP API with wrk
# (bench/wrk/*.lua) for T seconds, then runs pgbench with the same rows (bench/pgbench/*.sql) against the same
# database for T seconds. Prints one table: operation, connections, app req/s, pgbench tx/s, ratio, p50, p95, p99 and
# failed requests; then start-up time, heap and RSS on PostgreSQL and on the embedded H2.
#   bench/run.sh            T=10 CONNS="1 8 32" OPS="create action reserve search board monthly" (H2=0: PostgreSQL only)
#                           WARMUP=5 (seconds of warm-up per operation before the measured runs)
#                           JVM_ARGS=-Xmx512m APP_ARGS=(extra arguments of the app); needs wrk (apt-get install wrk) and pgbench; PG on 127.0.0.1:5432
set -euo pipefail
cd "$(dirname "$0")/.."
T=${T:-10}
WARMUP=${WARMUP:-5}
CONNS=${CONNS:-1 8 32}
OPS=${OPS:-create action reserve search board monthly}
PORT=${PORT:-18091}
SCHEMA=${SCHEMA:-aftersales_scale}
JVM_ARGS=${JVM_ARGS:--Xmx512m}
KEEP_SCHEMA=1
. bench/lib.sh
ensure_scale_data
echo "Work orders in $SCHEMA: $(Q -c 'select count(*) from work_order')"

# Start-up to health UP, in seconds.
started() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
# Heap in use after a full collection, and resident set size, in MB.
memory() {
  jcmd "$1" GC.run >/dev/null 2>&1 || true
  local heap rss
  heap=$(jcmd "$1" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | awk '{ printf "%d", $2 / 1024 }')
  rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status")
  echo "${heap:-?} $rss"
}

t0=$(date +%s.%N)
launch_app ${APP_ARGS:-}
PG_START=$(started "$t0")
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"Bench-admin-2026"}' | json token)
export TOKEN
ORG=$(Q -c "select organization_id from app_user where username = 'admin'")
STORE=$(Q -c "select id from store where code = 'S01'")
export STORE

# Inputs: vehicles to receive, parts to reserve, search values, stores, and the orders in progress of stores S01–S10
# for the application and of S11–S20 for pgbench (bench_pool), so that neither changes the other's versions.
sample_vehicles >"$WORK/vehicles"
# Reservations use up stock from run to run: a receipt (with its ledger row) tops up every part of S01 below 500.
Q -c "with topped as (update stock set on_hand = on_hand + 1000, version = version + 1
    where store_id = '$STORE' and on_hand - reserved < 500 returning organization_id, store_id, part_id, average_cost)
  insert into stock_movement (id, organization_id, store_id, part_id, type, on_hand_change, reserved_change, unit_cost,
    reason, occurred_at) select gen_random_uuid(), organization_id, store_id, part_id, 'RECEIPT', 1000, 0, average_cost,
    'bench/run.sh', now() from topped"
Q -c "select part_id from stock where store_id = '$STORE'" >"$WORK/parts"
sample_search 1000 >"$WORK/search"
Q -c "select id from store order by code" >"$WORK/stores"
date -d "$(date +%Y-%m-01) -35 months" +%Y-%m >"$WORK/monthly"
orders() { Q -F ' ' -c "select w.id, w.version, w.status from work_order w join store s on s.id = w.store_id
  where s.code <= 'S10' and w.status in ('IN_PROGRESS', 'ON_HOLD') order by w.id" >"$WORK/orders"; }
Q -c "drop table if exists bench_pool; create table bench_pool as select (row_number() over (order by w.id) - 1)::int as n, w.id
  from work_order w join store s on s.id = w.store_id where s.code > 'S10' and w.status in ('IN_PROGRESS', 'ON_HOLD')"
orders
echo "Orders in progress: $(wc -l <"$WORK/orders") for the app, $(Q -c 'select count(*) from bench_pool') for pgbench"

app() { # op conns seconds -> "rps p50 p95 p99 errors"
  local op=$1 script=bench/wrk/get.lua
  case $op in
    create) export VEHICLES="$WORK/vehicles"; script=bench/wrk/create.lua ;;
    action) orders; export ORDERS="$WORK/orders"; script=bench/wrk/action.lua ;;
    reserve) export PARTS="$WORK/parts"; script=bench/wrk/reserve.lua ;;
    search) export VALUES="$WORK/search" URL_PATH='/api/v1/search?q={}' ;;
    board) export VALUES="$WORK/stores" URL_PATH='/api/v1/work-orders/board?storeId={}' ;;
    monthly) export VALUES="$WORK/monthly" URL_PATH='/api/v1/work-orders/monthly?from={}' ;;
  esac
  export THREADS=$(( $2 < 2 ? 1 : 2 ))
  wrk -t "$THREADS" -c "$2" -d "${3}s" -s "$script" "$BASE" >"$WORK/wrk.txt" 2>&1 || true
  grep -q '^RESULT' "$WORK/wrk.txt" || { echo "wrk $op failed:" >&2; cat "$WORK/wrk.txt" >&2; }
  sed -n 's/^RESULT rps=\([0-9.]*\) p50=\([0-9.]*\) p95=\([0-9.]*\) p99=\([0-9.]*\) errors=\([0-9]*\).*/\1 \2 \3 \4 \5/p' "$WORK/wrk.txt"
  grep '^RESULT' "$WORK/wrk.txt" | grep -v 'errors=0 ' | sed "s/^RESULT/  $op at $2: errors/" >>"$WORK/errors" || true
}
baseline() { # op conns seconds -> "tps failed"
  PGOPTIONS="-c search_path=$SCHEMA" pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$2" -j "$(( $2 < 2 ? 1 : 2 ))" \
    -T "$3" -D org="$ORG" -D store="$STORE" -f "bench/pgbench/$1.sql" test >"$WORK/pgbench.txt" 2>&1 || true
  echo "$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pgbench.txt") $(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$WORK/pgbench.txt")"
}

# Receptions of the benchmark would pile up on the board run after run: each is cancelled afterwards, as the domain
# would (its history row, the monthly figures), so that every run sees a store's usual hundred or so open orders.
RUN_START=$(Q -c "select now()")
cancel_received() {
  Q -c "with bench as (select id, store_id, organization_id from work_order where created_at >= '$RUN_START'
                       and status = 'RECEIVED' and complaint = '冷车启动异响'),
    history as (insert into work_order_history (work_order_id, position, action, from_status, to_status, occurred_at, by_name, note)
                select id, 1, 'CANCEL', 'RECEIVED', 'CANCELLED', now(), 'bench/run.sh', '基准测试后取消' from bench),
    orders as (update work_order w set status = 'CANCELLED', cancel_reason = '基准测试后取消', version = version + 1,
               updated_at = now() from bench b where w.id = b.id)
    update work_order_month m set cancelled = cancelled + c.n
    from (select store_id, count(*) n from bench group by store_id) c
    where m.store_id = c.store_id and m.month_start = date_trunc('month', now() at time zone 'Asia/Shanghai')::date" >/dev/null
}
cancel_received

echo "Warming up…"
for op in $OPS; do app "$op" 8 "$WARMUP" >/dev/null; baseline "$op" 2 "$(( WARMUP < 2 ? WARMUP : 2 ))" >/dev/null; done
cancel_received
: >"$WORK/table"; : >"$WORK/errors"
header() {
  printf '%-8s %5s %9s %9s %6s %8s %8s %8s %7s %6s\n' operation conns "app req/s" "pgbench/s" ratio "p50 ms" "p95 ms" \
    "p99 ms" "errors" "pg err"
}
header
for op in $OPS; do
  for c in $CONNS; do
    read -r rps p50 p95 p99 errors <<<"$(app "$op" "$c" "$T")"
    read -r tps failed <<<"$(baseline "$op" "$c" "$T")"
    [ "$op" = create ] && cancel_received
    printf '%-8s %5s %9s %9s %6.2f %8s %8s %8s %7s %6s\n' "$op" "$c" "$rps" "$tps" \
      "$(awk -v a="$rps" -v b="$tps" 'BEGIN { print (b > 0 ? a / b : 0) }')" "$p50" "$p95" "$p99" "$errors" "${failed:-0}" \
      | tee -a "$WORK/table"
  done
done
read -r PG_HEAP PG_RSS <<<"$(memory "$APP")"
kill "$APP"; wait "$APP" 2>/dev/null || true; APP=

# A run fails when an operation gave no figure or a request failed (the table is printed first), on PostgreSQL and
# in the short load on H2.
check() {
  if awk 'NF < 10 || $3 + 0 == 0 || $4 + 0 == 0 || $9 + 0 > 0 || $10 + 0 > 0 { bad = 1 } END { exit !bad }' "$WORK/table" \
    || { [ -n "${H2_LOADS:-}" ] && ! awk '/^RESULT/ && $6 == "errors=0" { ok++ } END { exit ok != 2 }' $H2_LOADS; }; then
    echo "FAILED: an operation gave no figure or had failed requests (see above)"; exit 1
  fi
}
if [ "${H2:-1}" = 0 ]; then [ -s "$WORK/errors" ] && cat "$WORK/errors"; check; exit 0; fi
# The embedded H2 default: start-up on an empty database, then a short load (reception and search), then memory.
H2=$WORK/h2; mkdir -p "$H2"
t0=$(date +%s.%N)
JAR=$(realpath "$JAR")
(cd "$H2" && exec java $JVM_ARGS -jar "$JAR" --server.port="$PORT" --aftersales.admin-password=Bench-admin-2026 >"$H2/app.log" 2>&1) &
APP=$!
until curl -sf "$BASE/actuator/health" | grep -q UP; do kill -0 "$APP" 2>/dev/null || { tail -30 "$H2/app.log"; exit 1; }; sleep 0.1; done
H2_START=$(started "$t0")
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"Bench-admin-2026"}' | json token)
export TOKEN
H2_STORE=$(curl -sf "$BASE/api/v1/stores" -H "Authorization: Bearer $TOKEN" | json id)
: >"$WORK/h2-vehicles"
for i in $(seq 1 20); do
  cid=$(curl -sf -X POST "$BASE/api/v1/customers" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"type\":\"PERSON\",\"name\":\"客户$i\",\"phones\":[\"1391234$(printf %04d "$i")\"]}" | json id)
  aid=$(curl -sf -X POST "$BASE/api/v1/assets" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"customerId\":\"$cid\",\"kind\":\"VEHICLE\",\"plate\":\"沪B$(printf %05d "$i")\"}" | json id)
  echo "$H2_STORE $cid $aid" >>"$WORK/h2-vehicles"
done
VEHICLES="$WORK/h2-vehicles" wrk -t 2 -c 8 -d "${T}s" -s bench/wrk/create.lua "$BASE" >"$WORK/h2-create.txt" 2>&1 || true
VALUES="$WORK/search" URL_PATH='/api/v1/search?q={}' wrk -t 2 -c 8 -d "${T}s" -s bench/wrk/get.lua "$BASE" >"$WORK/h2-search.txt" 2>&1 || true
read -r H2_HEAP H2_RSS <<<"$(memory "$APP")"
H2_LOADS="$WORK/h2-create.txt $WORK/h2-search.txt"

echo
echo "AfterSales $(git describe --always --dirty 2>/dev/null), $(date -u +%F), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB,"\
 "PostgreSQL $(Q -c 'show server_version'), JVM $JVM_ARGS, $T s per run, $(Q -c 'select count(*) from work_order') work orders"
header
cat "$WORK/table"
[ -s "$WORK/errors" ] && { echo "Failed requests:"; cat "$WORK/errors"; }
echo
printf '%-11s %12s %10s %8s\n' database "start-up s" "heap MB" "RSS MB"
printf '%-11s %12s %10s %8s\n' PostgreSQL "$PG_START" "$PG_HEAP" "$PG_RSS"
printf '%-11s %12s %10s %8s\n' H2 "$H2_START" "$H2_HEAP" "$H2_RSS"
echo "H2 load: reception $(sed -n 's/^RESULT //p' "$WORK/h2-create.txt"); search $(sed -n 's/^RESULT //p' "$WORK/h2-search.txt")"
check
