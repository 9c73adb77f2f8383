#!/usr/bin/env bash
# The daily reminder run on the scale data set (bench/generate.sh makes it when missing; 150,000 vehicles of which
# some 1,500 have a warranty ending in the next 30 days at 1 M work orders). Each run starts from no reminders and
# no reminder tasks, starts AfterSales with its scheduler, and times from health UP to the run's log line; it prints
# the seconds, the reminders and the follow-up tasks made, then the median. A run that has not finished after TIMEOUT
# seconds is stopped and counted as TIMEOUT.
#   bench/reminders.sh            RUNS=3 TIMEOUT=600; JAR=… runs another build
#   bench/reminders.sh            BEFORE=/tmp/before.jar: runs it and JAR alternately and prints the ratio of medians
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18092}
SCHEMA=${SCHEMA:-aftersales_scale}
RUNS=${RUNS:-3}
TIMEOUT=${TIMEOUT:-600}
KEEP_SCHEMA=1
. bench/lib.sh
ensure_scale_data
AFTER=$JAR

# One daily run with the given jar: "seconds reminders tasks".
one() {
  Q -c "delete from reminder; delete from follow_up where dedup_key like 'REMINDER:%';
    delete from scheduled_tasks where task_name = 'daily-reminders'"
  : >"$WORK/app.log"
  JAR=$1 launch_app
  local t0 seconds
  t0=$(date +%s.%N)
  until grep -q 'reminder(s) became\|Reminders of organisation' "$WORK/app.log"; do
    if awk -v a="$t0" -v b="$(date +%s.%N)" -v t="$TIMEOUT" 'BEGIN { exit !(b - a > t) }'; then break; fi
    sleep 0.5
  done
  seconds=$(awk -v a="$t0" -v b="$(date +%s.%N)" -v t="$TIMEOUT" 'BEGIN { s = b - a; printf "%.1f", (s > t ? t : s) }')
  grep -q 'Reminders of organisation' "$WORK/app.log" && grep 'Reminders of organisation' "$WORK/app.log" >&2
  kill "$APP"; wait "$APP" 2>/dev/null || true; APP=
  echo "$seconds $(Q -c 'select count(*) from reminder') $(Q -c "select count(*) from follow_up where dedup_key like 'REMINDER:%'")"
}

echo "Vehicles with a warranty ending in 30 days: $(Q -c "select count(*) from asset
  where warranty_end between current_date and current_date + 30")"
printf '%-8s %4s %9s %10s %7s\n' build run seconds reminders tasks
: >"$WORK/after"; : >"$WORK/before"
for i in $(seq "$RUNS"); do
  for build in ${BEFORE:+before} after; do
    jar=$AFTER; [ "$build" = before ] && jar=$BEFORE
    read -r seconds reminders tasks <<<"$(one "$jar")"
    printf '%-8s %4s %9s %10s %7s\n' "$build" "$i" "$seconds" "$reminders" "$tasks"
    echo "$seconds" >>"$WORK/$build"
  done
done
echo "median after: $(median <"$WORK/after") s"
if [ -n "${BEFORE:-}" ]; then
  echo "median before: $(median <"$WORK/before") s; after / before: $(awk -v a="$(median <"$WORK/after")" \
    -v b="$(median <"$WORK/before")" 'BEGIN { printf "%.3f", a / b }')"
fi
