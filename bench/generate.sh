#!/usr/bin/env bash
# The scale data set of issue 7 on PostgreSQL: an organisation of 20 stores with their staff, 100,000 customers,
# 150,000 vehicles, 5,000 parts with stock, and 1,000,000 work orders over 3 years with lines, history, payments,
# follow-ups and complaints. The application makes the schema (Flyway) and the stores (API); bench/generate.sql
# loads the rest with set-based SQL. The schema is kept for bench/run.sh; staff sign in with the admin's password
# (e.g. s01-sa1, s01-tech1, s01-mgr1).
#   bench/generate.sh                 SCHEMA=aftersales_scale WO=1000000; PG on 127.0.0.1:5432, database test
set -euo pipefail
cd "$(dirname "$0")/.."
WO=${WO:-1000000}
PORT=${PORT:-18090}
SCHEMA=${SCHEMA:-aftersales_scale}
KEEP_SCHEMA=1
. bench/lib.sh
t0=$(date +%s)
start_app --aftersales.scheduler.enabled=false
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"Bench-admin-2026"}' | json token)
NAMES=(总店 徐汇店 浦东店 闵行店 宝山店 嘉定店 松江店 青浦店 奉贤店 金山店 苏州园区店 苏州吴中店 无锡店 常州店 南京江宁店
  南京鼓楼店 杭州西湖店 杭州滨江店 宁波店 合肥店)
for i in $(seq 2 20); do
  curl -sf -X POST "$BASE/api/v1/stores" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"code\":\"S$(printf %02d "$i")\",\"name\":\"${NAMES[$((i - 1))]}\"}" >/dev/null
done
kill "$APP"; wait "$APP" 2>/dev/null || true; APP=
ORG=$(Q -c "select organization_id from app_user where username = 'admin'")
HASH=$(Q -c "select password_hash from app_user where username = 'admin'")
echo "Loading $WO work orders into schema $SCHEMA…"
PER=$(( (WO + 1095) / 1096 ))
PGOPTIONS="-c search_path=$SCHEMA" psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -q -v org="$ORG" \
  -v hash="$HASH" -v wo="$WO" -v per="$PER" -v maxd=$(( (WO - 1) / PER )) -v stores=20 -f bench/generate.sql | grep -v '^$' | sed 's/^/  /'
echo "Loaded in $(( $(date +%s) - t0 )) s:"
Q -F ' ' -c "select 'stores', count(*) from store union all select 'users', count(*) from app_user
  union all select 'customers', count(*) from customer union all select 'vehicles', count(*) from asset
  union all select 'parts', count(*) from part union all select 'stock rows', count(*) from stock
  union all select 'work orders', count(*) from work_order union all select 'lines', count(*) from work_order_line
  union all select 'history rows', count(*) from work_order_history union all select 'follow-ups', count(*) from follow_up
  union all select 'complaints', count(*) from complaint" | sed 's/^/  /'
Q -c "select pg_size_pretty(sum(pg_total_relation_size(c.oid))) from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = '$SCHEMA'" | sed 's/^/  size on disk: /'
