#!/usr/bin/env bash
# Bulk import through the HTTP API on PostgreSQL: ROWS customers with a vehicle each (default 10,000) as one CSV.
# Times a dry run (read and check every row, write nothing) and the real import of the same file in one command,
# three rounds, and prints the medians with their ratio.
#   bench/import.sh            PG on 127.0.0.1:5432, database test
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-10000}
PORT=${PORT:-18082}
SCHEMA=aftersales_bench_import
PSQL=(psql -h 127.0.0.1 -U postgres -d test -qAt)
JAR=$(ls target/aftersales-*.jar 2>/dev/null | head -1 || true)
[ -n "$JAR" ] || { ./mvnw -q -B package -DskipTests; JAR=$(ls target/aftersales-*.jar | head -1); }
WORK=$(mktemp -d)
cleanup() { [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null; rm -rf "$WORK"; "${PSQL[@]}" -c "drop schema if exists $SCHEMA cascade" >/dev/null 2>&1 || true; }
trap cleanup EXIT

"${PSQL[@]}" -c "drop schema if exists $SCHEMA cascade" >/dev/null 2>&1
java -jar "$JAR" --server.port="$PORT" --spring.datasource.username=postgres \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA" \
  --spring.flyway.schemas="$SCHEMA" --aftersales.admin-password=Bench-admin-2026 >"$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "http://127.0.0.1:$PORT/actuator/health" | grep -q UP; do
  kill -0 "$APP" 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }; sleep 0.2
done
TOKEN=$(curl -s -X POST "http://127.0.0.1:$PORT/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"Bench-admin-2026"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')

# Unique phones and plates, realistic names, a brand and a warranty per row; each round its own phones and plates
# (prefix 137/138/139, 沪/苏/浙), so the rounds import into the same database without meeting each other's rows.
csv() {
  awk -v rows="$ROWS" -v round="$1" 'BEGIN {
    split("王 李 张 刘 陈 杨 黄 赵 吴 周", s, " "); split("伟 芳 娜 敏 静 强 磊 军 洋 勇", g, " ");
    split("沪 苏 浙", p, " "); letters = "ABCDEFGHJKLMN";
    print "类型,客户名称,电话,车牌号,品牌,车型,里程,购买日期,保修截止,保修里程";
    for (i = 1; i <= rows; i++)
      printf "个人,%s%s,13%d%08d,%s%s%05d,大众,朗逸,%d,2023-05-01,2026-04-30,100000\n",
        s[1 + i % 10], g[1 + int(i / 10) % 10], 6 + round, i * 37, p[round], substr(letters, 1 + i % 13, 1), i % 100000,
        1000 + i % 90000
  }' >"$WORK/customers-$1.csv"
}

timed_upload() {
  curl -s -o "$WORK/$1-$2.json" -w '%{time_total}' -H "Authorization: Bearer $TOKEN" \
    -F "file=@$WORK/customers-$2.csv" "http://127.0.0.1:$PORT/api/v1/customers/import?mode=$1"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

ROUNDS=${ROUNDS:-3}
: >"$WORK/dry"; : >"$WORK/real"; : >"$WORK/ratio"
for round in $(seq 1 "$ROUNDS"); do
  csv "$round"
  dry=$(timed_upload DRY_RUN "$round")
  real=$(timed_upload ALL_OR_NOTHING "$round")
  grep -q '"written":true' "$WORK/ALL_OR_NOTHING-$round.json" || { echo "import did not write:"; head -c 600 "$WORK/ALL_OR_NOTHING-$round.json"; exit 1; }
  echo "$dry" >>"$WORK/dry"; echo "$real" >>"$WORK/real"; echo "$real $dry" | awk '{ print $1 / $2 }' >>"$WORK/ratio"
  printf "round %d: dry run %.1f s, import %.1f s\n" "$round" "$dry" "$real"
done
count=$(PGOPTIONS="-c search_path=$SCHEMA" "${PSQL[@]}" -c "select count(*) from customer")

echo "Import of $ROWS rows (customer + vehicle each) through POST /api/v1/customers/import, $(nproc) cores, $(date -u +%F), medians of $ROUNDS"
printf "%-22s %8.1f s\n" "dry run (baseline)" "$(median <"$WORK/dry")"
printf "%-22s %8.1f s   %.1fx the dry run; %s customers in the database\n" "import" "$(median <"$WORK/real")" "$(median <"$WORK/ratio")" "$count"
