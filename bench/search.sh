#!/usr/bin/env bash
# Search-box latency through the HTTP API at the scale of issue 3: 100,000 customers and 150,000 vehicles on
# PostgreSQL, one user. Loads the rows with SQL into a schema of its own, starts the packaged jar on it, warms up, then
# times N requests per kind of query (each with a different value drawn from the data) and prints p50 and p95, with
# the same figures for GET /actuator/health as the baseline of the HTTP path itself.
#   bench/search.sh                 N=300 by default; PG on 127.0.0.1:5432, database test
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-300}
PORT=${PORT:-18081}
SCHEMA=aftersales_bench_search
. bench/lib.sh
[ -n "${KEEP_LOG:-}" ] && trap 'cp "$WORK/app.log" "$KEEP_LOG"; cleanup' EXIT
start_app ${APP_ARGS:-}

echo "Loading 100,000 customers and 150,000 vehicles…"
t0=$(date +%s)
PGOPTIONS="-c search_path=$SCHEMA" "${PSQL[@]}" <<'SQL'
create temporary table names as
select s.s || g.g as name from
  unnest(string_to_array('王,李,张,刘,陈,杨,黄,赵,吴,周,徐,孙,马,朱,胡,郭,何,高,林,罗,郑,梁,谢,宋,唐,许,韩,冯,邓,曹', ',')) s(s),
  unnest(string_to_array('伟,芳,娜,秀英,敏,静,丽,强,磊,军,洋,勇,艳,杰,涛,明,超,霞,平,刚,建华,建国,志强,海燕,晓东,文博,子涵,浩然,欣怡,宇轩', ',')) g(g);
insert into customer (id, organization_id, type, name, name_lower, tier, created_at, version)
select md5('c' || i)::uuid, (select id from organization limit 1), 'PERSON', n.name, n.name, 'STANDARD',
       now() - (i || ' minutes')::interval, 0
from generate_series(1, 100000) i
join lateral (select name from names offset (i * 7) % 900 limit 1) n on true;
insert into customer_phone (customer_id, position, number, last4)
select md5('c' || i)::uuid, 0, '+86138' || lpad(((i::bigint * 7919) % 100000000)::text, 8, '0'),
       right(lpad(((i::bigint * 7919) % 100000000)::text, 8, '0'), 4)
from generate_series(1, 100000) i;
insert into asset (id, organization_id, customer_id, kind, vin, vin_last6, plate, brand, model, created_at, version)
select md5('a' || i)::uuid, (select id from organization limit 1), md5('c' || (1 + i % 100000))::uuid, 'VEHICLE',
       'LSVAU2180N' || lpad(i::text, 7, '0'), right(lpad(i::text, 7, '0'), 6),
       '沪' || substr('ABCDEFGHJKLMN', 1 + i % 13, 1) || lpad(((i * 31) % 100000)::text, 5, '0'), '大众', '帕萨特', now(), 0
from generate_series(1, 150000) i;
analyze;
SQL
echo "loaded in $(( $(date +%s) - t0 )) s"

TOKEN=$(curl -s -X POST "http://127.0.0.1:$PORT/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"Bench-admin-2026"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
sample() { PGOPTIONS="-c search_path=$SCHEMA" "${PSQL[@]}" -c "$1" >"$WORK/$2"; }
sample "select plate from asset order by random() limit $N" plate
sample "select substr(plate, 3, 4) from asset order by random() limit $N" plate-part
sample "select last4 from customer_phone order by random() limit $N" phone-last4
sample "select substr(number, 4) from customer_phone order by random() limit $N" phone-full
sample "select vin_last6 from asset order by random() limit $N" vin-last6
sample "select vin from asset order by random() limit $N" vin-full
sample "select name from customer order by random() limit $N" name

# Times one GET per line of the given file; prints milliseconds per request.
timed() {
  local path=$1 file=$2
  while IFS= read -r value; do
    curl -s -o /dev/null -G -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" \
      --data-urlencode "q=$value" "http://127.0.0.1:$PORT$path"
  done <"$file" | awk '{ printf "%.3f\n", $1 * 1000 }'
}
stats() {
  sort -n | awk '{ v[NR] = $1 }
    END { p50 = int(NR * 0.5); if (p50 < 1) p50 = 1; p95 = int(NR * 0.95); if (p95 < 1) p95 = 1
          printf "%8.1f %8.1f", v[p50], v[p95] }'
}

seq "$N" >"$WORK/health"
timed /actuator/health "$WORK/health" >/dev/null          # warm-up
timed /api/v1/search "$WORK/plate" >/dev/null
base=$(timed /actuator/health "$WORK/health" | stats)
base_p95=$(echo "$base" | awk '{print $2}')

echo
echo "Search through GET /api/v1/search, 1 client, $N requests each, $(nproc) cores, $(date -u +%F)"
printf "%-14s %8s %8s %14s\n" query p50_ms p95_ms p95/baseline
printf "%-14s %s %14s\n" "health (base)" "$base" "1.0"
for kind in plate plate-part phone-last4 phone-full vin-last6 vin-full name; do
  s=$(timed /api/v1/search "$WORK/$kind" | stats)
  printf "%-14s %s %14.1f\n" "$kind" "$s" "$(echo "$s $base_p95" | awk '{print $2 / $3}')"
done
