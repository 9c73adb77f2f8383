#!/usr/bin/env bash
# Follow-ups survive a crash: on PostgreSQL with the demo data and the follow-up delay at zero, delivers a settled
# work order, kills the instance with kill -9 at a different moment after the delivery was acknowledged, starts it
# again, and checks that the delivered work order gets exactly one follow-up, and that no module event is left
# incomplete. Exits non-zero otherwise.
#   bench/feedback-restart.sh            ROUNDS=3 by default
set -euo pipefail
cd "$(dirname "$0")/.."
SCHEMA=${SCHEMA:-aftersales_restart}
PORT=${PORT:-18091}
ROUNDS=${ROUNDS:-3}
source bench/lib.sh
ARGS=(--aftersales.feedback.follow-up-delay=PT0S --aftersales.scheduler.polling-interval=PT1S)
DELAYS=(0 0.05 0.3 1 0.01 0.5)

py() { python3 -c "import json,sys; d=json.load(sys.stdin); $1"; }
token() {
  curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"hq","password":"demo-2026-aftersales"}' | py 'print(d["token"])'
}
count() { "${PSQL[@]}" -c "set search_path to $SCHEMA; $1"; }

start_app --aftersales.demo-data=true "${ARGS[@]}"
TOKEN=$(token)
until [ "$(curl -sf "$BASE/api/v1/work-orders?status=SETTLED&size=1" -H "Authorization: Bearer $TOKEN" \
  | py 'print(d["total"])')" -ge "$ROUNDS" ]; do sleep 1; done
# The demo history is in place once every module event of it has been handled.
until [ "$(count "select count(*) from follow_up")" -gt 0 ] \
  && [ "$(count "select count(*) from event_publication where completion_date is null")" -eq 0 ]; do sleep 1; done

failures=0
for round in $(seq 1 "$ROUNDS"); do
  read -r ID VERSION < <(curl -sf "$BASE/api/v1/work-orders?status=SETTLED&size=1" \
    -H "Authorization: Bearer $TOKEN" | py 'w=d["items"][0]; print(w["id"], w["version"])')
  curl -sf -o /dev/null -X POST "$BASE/api/v1/work-orders/$ID/deliver" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "{\"version\":$VERSION,\"signedBy\":\"客户\"}"
  delay=${DELAYS[$(( (round - 1) % ${#DELAYS[@]} ))]}
  sleep "$delay"
  kill -9 "$APP"; wait "$APP" 2>/dev/null || true
  before=$(count "select count(*) from follow_up where work_order_id = '$ID'")
  launch_app "${ARGS[@]}"
  up=$(date +%s%N)
  TOKEN=$(token)
  found=0
  for _ in $(seq 1 120); do
    found=$(count "select count(*) from follow_up where work_order_id = '$ID'")
    [ "$found" -ge 1 ] && break
    sleep 0.5
  done
  seconds=$(( ($(date +%s%N) - up) / 1000000 ))
  sleep 2
  found=$(count "select count(*) from follow_up where work_order_id = '$ID'")
  echo "round $round: killed ${delay}s after delivering $ID; follow-ups before restart: $before," \
    "after: $found (${seconds} ms after health UP)"
  [ "$found" -eq 1 ] || failures=$((failures + 1))
done

for _ in $(seq 1 30); do
  incomplete=$(count "select count(*) from event_publication where completion_date is null")
  [ "$incomplete" -eq 0 ] && break
  sleep 1
done
echo "event publications incomplete: $incomplete"
[ "$incomplete" -eq 0 ] || failures=$((failures + 1))
echo "rounds=$ROUNDS failures=$failures"
[ "$failures" -eq 0 ]
