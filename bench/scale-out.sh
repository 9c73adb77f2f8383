#!/usr/bin/env bash
# Scale-out of issue 7: two AfterSales instances on one PostgreSQL (the scale data set of bench/generate.sh) behind
# nginx on loopback. Shows:
#  1. throughput of the read-heavy mix (bench/wrk/mix.lua) through nginx with one instance, then with two;
#  2. that both instances served traffic (nginx's log of upstreams);
#  3. that a token and a web session made on one instance work on the other;
#  4. that scheduled tasks run once: work orders taken to delivery through nginx (follow-up delay 0) each get exactly
#     one follow-up, and a complaint past its deadline is escalated once, by one of the two instances;
#  5. that module events are delivered once: no incomplete event publication, one follow-up per delivery.
#   bench/scale-out.sh        T=15 C=16 SCHEMA=aftersales_scale; needs nginx and wrk (apt-get install nginx-light wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
T=${T:-15}
C=${C:-16}
SCHEMA=${SCHEMA:-aftersales_scale}
PORT=18101
P2=18102
LB1=18110
LB2=18111
JVM_ARGS=${JVM_ARGS:--Xmx512m}
KEEP_SCHEMA=1
. bench/lib.sh
ensure_scale_data
ARGS=(--aftersales.feedback.follow-up-delay=PT0S --aftersales.feedback.escalation-interval=PT5S)
launch_app "${ARGS[@]}"
APP1=$APP; mv "$WORK/app.log" "$WORK/app1.log"
PORT=$P2 BASE="http://127.0.0.1:$P2" launch_app "${ARGS[@]}"
APP2=$APP; mv "$WORK/app.log" "$WORK/app2.log"
trap 'kill $APP1 $APP2 2>/dev/null; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")"; rm -rf "$WORK"' EXIT

cat >"$WORK/nginx.conf" <<NGINX
user root;
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  log_format upstream '\$server_port \$upstream_addr \$status';
  access_log $WORK/access.log upstream;
  client_body_temp_path $WORK; proxy_temp_path $WORK; fastcgi_temp_path $WORK; uwsgi_temp_path $WORK; scgi_temp_path $WORK;
  upstream one { server 127.0.0.1:$PORT; keepalive 32; }
  upstream two { server 127.0.0.1:$PORT; server 127.0.0.1:$P2; keepalive 32; }
  server { listen 127.0.0.1:$LB1; location / { proxy_pass http://one; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$host:\$server_port; } }
  server { listen 127.0.0.1:$LB2; location / { proxy_pass http://two; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$host:\$server_port; } }
}
NGINX
nginx -c "$WORK/nginx.conf"

LB="http://127.0.0.1:$LB2"
token() { curl -sf -X POST "$1/api/v1/auth/token" -H 'Content-Type: application/json' -d "{\"username\":\"$2\",\"password\":\"Bench-admin-2026\"}" | json token; }
TOKEN=$(token "$LB" admin); export TOKEN
Q -c "select id from store order by code" >"$WORK/stores"
sample_search 500 >"$WORK/search"
sample_vehicles >"$WORK/vehicles"
export STORES="$WORK/stores" SEARCH="$WORK/search" VEHICLES="$WORK/vehicles" MONTH=$(date -d "$(date +%Y-%m-01) -35 months" +%Y-%m)
# The mix through the given port; prints wrk's result and how busy the machine's CPUs were meanwhile.
cpu() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $5 + $6 }' /proc/stat; }
mix() {
  local before after
  before=$(cpu)
  wrk -t 2 -c "$C" -d "${2}s" -s bench/wrk/mix.lua "http://127.0.0.1:$1" | sed -n 's/^RESULT //p' | tr -d '\n'
  after=$(cpu)
  echo "$before $after" | awk '{ printf ", CPU busy %.0f %% of %d cores\n", 100 * ($3 - $1) / ($3 - $1 + $4 - $2), '"$(nproc)"' }'
}

echo "Warming up both instances…"
mix "$LB2" 10 >/dev/null
echo "Read-heavy mix, $C connections, $T s each:"
ONE=$(mix "$LB1" "$T"); echo "  one instance:  $ONE"
: >"$WORK/access.log"
TWO=$(mix "$LB2" "$T"); echo "  two instances: $TWO"
r1=$(echo "$ONE" | sed 's/rps=\([0-9.]*\).*/\1/'); r2=$(echo "$TWO" | sed 's/rps=\([0-9.]*\).*/\1/')
echo "  two / one = $(awk -v a="$r2" -v b="$r1" 'BEGIN { printf "%.2f", a / b }')"
echo "Requests per instance in the two-instance run (nginx upstream log):"
awk -v p="$LB2" '$1 == p { n[$2]++ } END { for (u in n) printf "  %s %d\n", u, n[u] }' "$WORK/access.log" | sort \
  | tee "$WORK/per-instance"
FAILED=()
[ "$(awk '$2 > 0' "$WORK/per-instance" | wc -l)" = 2 ] || FAILED+=("not both instances served traffic")

echo "A token and a session made on one instance, used on the other:"
T1=$(token "http://127.0.0.1:$PORT" admin)
token_code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $T1" "http://127.0.0.1:$P2/api/v1/auth/me")
echo "  token from instance 1 on instance 2: HTTP $token_code"
[ "$token_code" = 200 ] || FAILED+=("token of instance 1 refused by instance 2")
JAR1=$WORK/cookies
csrf=$(curl -s -c "$JAR1" -b "$JAR1" "http://127.0.0.1:$PORT/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$JAR1" -b "$JAR1" -X POST "http://127.0.0.1:$PORT/login" --data-urlencode "username=admin" \
  --data-urlencode "password=Bench-admin-2026" --data-urlencode "_csrf=$csrf"
session_code=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR1" "http://127.0.0.1:$P2/work-orders")
echo "  session from instance 1 on instance 2: HTTP $session_code (302 would mean sent to sign in)"
[ "$session_code" = 200 ] || FAILED+=("session of instance 1 not known to instance 2")

echo "Scheduled tasks and events across both instances:"
since=$(Q -c "select now()")
ADV=$(token "$LB" s01-sa1); TECH=$(token "$LB" s01-tech1); QC=$(token "$LB" s01-tech2)
TECH_ID=$(Q -c "select id from app_user where username = 's01-tech1'")
S01=$(Q -c "select id from store where code = 'S01'")
mapfile -t LANE_VEHICLES < <(Q -F : -c "select customer_id, id from asset order by random() limit 200")
java bench/WorkOrderLane.java "$LB" "$ADV" "$TECH" "$QC" "$TECH_ID" "$S01" 4 20 "${LANE_VEHICLES[@]}" \
  | sed 's/^\([0-9]*\) \([0-9.]*\) \([0-9]*\) \([0-9.]*\) \([0-9.]*\) \([0-9]*\)$/  lanes through nginx: \1 clients, \2 lanes\/s, \3 requests, p50 \4 ms, p99 \5 ms, \6 errors/'
COMPLAINT=$(curl -sf -X POST "$LB/api/v1/complaints" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"storeId\":\"$S01\",\"customerId\":\"${LANE_VEHICLES[0]%%:*}\",\"source\":\"PHONE\",\"severity\":\"HIGH\",\"description\":\"等候时间太长\"}" | json id)
Q -c "update complaint set acknowledge_due = now() - interval '1 hour', resolve_due = now() - interval '1 hour' where id = '$COMPLAINT'"
for _ in $(seq 1 60); do
  pending=$(Q -c "select count(*) from work_order w where w.delivered_at >= '$since' and not exists
    (select 1 from follow_up f where f.work_order_id = w.id and f.kind = 'AFTER_SERVICE')")
  escalated=$(Q -c "select escalation_level from complaint where id = '$COMPLAINT'")
  [ "$pending" = 0 ] && [ "$escalated" -ge 1 ] && break
  sleep 1
done
sleep 6  # another round of the escalation task on either instance must not escalate again
Q -F ' ' -c "select 'delivered', count(*) from work_order where delivered_at >= '$since'
  union all select 'follow-ups for them', count(*) from follow_up f join work_order w on w.id = f.work_order_id
    where w.delivered_at >= '$since' and f.kind = 'AFTER_SERVICE'
  union all select 'work orders with more than one', count(*) from (select f.work_order_id from follow_up f
    join work_order w on w.id = f.work_order_id where w.delivered_at >= '$since' and f.kind = 'AFTER_SERVICE'
    group by f.work_order_id having count(*) > 1) d
  union all select 'escalation rows of the late complaint', count(*) from complaint_history where complaint_id = '$COMPLAINT' and action = 'ESCALATE'
  union all select 'incomplete event publications', count(*) from event_publication where completion_date is null" \
  | tee "$WORK/counts" | sed 's/^/  /'
count() { grep "^$1 " "$WORK/counts" | awk '{ print $NF }'; }
[ "$(count delivered)" -gt 0 ] || FAILED+=("no work order was delivered")
[ "$(count 'follow-ups for them')" = "$(count delivered)" ] || FAILED+=("not one follow-up per delivery")
[ "$(count 'work orders with more than one')" = 0 ] || FAILED+=("a delivery got more than one follow-up")
[ "$(count 'escalation rows of the late complaint')" = 1 ] || FAILED+=("the late complaint was not escalated exactly once")
[ "$(count 'incomplete event publications')" = 0 ] || FAILED+=("event publications left incomplete")
echo "  escalation run by: instance 1 $(grep -c 'Escalated 1 complaint' "$WORK/app1.log" || true) time(s)," \
  "instance 2 $(grep -c 'Escalated 1 complaint' "$WORK/app2.log" || true) time(s)"
if [ ${#FAILED[@]} -gt 0 ]; then printf 'FAILED: %s\n' "${FAILED[@]}"; exit 1; fi
echo "scale-out checks passed"
