#!/usr/bin/env bash
# Start-up time of the packaged jar until /actuator/health answers UP: on the embedded H2 default (first start on an
# empty database, and a restart on an existing one) and on PostgreSQL. Prints the median of RUNS runs per case,
# with min and max, and the resident memory right after start-up.
#   bench/startup.sh            RUNS=5 by default
#   PG_URL=jdbc:postgresql://127.0.0.1:5432/test bench/startup.sh
# Then the same H2 first start from the extracted jar with a class-data-sharing archive (CDS=0 leaves that out), made
# by one training start as the README describes, alternating with the plain jar so both see the same machine.
# COMPARE="label=option,option …" then starts the plain jar on an empty H2 database alternating with each variant
# (JVM options; Spring settings as -Dname=value) and prints each median with its ratio to the plain jar's, e.g.
#   COMPARE="serial=-XX:+UseSerialGC c1=-XX:TieredStopAtLevel=1 lazy=-Dspring.main.lazy-initialization=true" \
#     bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
PORT=${PORT:-18080}
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test?currentSchema=aftersales_bench}
JAR=$(ls target/aftersales-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -q -B package -DskipTests
  JAR=$(ls target/aftersales-*.jar | head -1)
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# One start: prints "<milliseconds> <rss-kB>".
start_once() {
  local t0 pid ms rss
  t0=$(date +%s%N)
  java ${JAVA_OPTS:-} -jar "${RUN_JAR:-$JAR}" --server.port="$PORT" "$@" >"$WORK/log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "start-up failed:" >&2; tail -20 "$WORK/log" >&2; exit 1; fi
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ms $rss"
}

report() {
  local label=$1 file=$2
  sort -n "$file" | awk -v label="$label" '{ms[NR]=$1; rss[NR]=$2} END {
    printf "%-28s median %6d ms   min %6d   max %6d   RSS %4d MB\n", label, ms[int((NR+1)/2)], ms[1], ms[NR], rss[int((NR+1)/2)]/1024 }'
}

export AFTERSALES_ADMIN_PASSWORD=Bench-admin-2026
H2_FRESH="jdbc:h2:file:$WORK/db/aftersales;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
: >"$WORK/fresh"; : >"$WORK/restart"; : >"$WORK/pg"
if [ -n "${COMPARE:-}" ]; then
  : >"$WORK/v-plain"
  for variant in $COMPARE; do : >"$WORK/v-${variant%%=*}"; done
  for _ in $(seq "$RUNS"); do
    rm -rf "$WORK/db"
    start_once --spring.datasource.url="$H2_FRESH" >>"$WORK/v-plain"
    for variant in $COMPARE; do
      rm -rf "$WORK/db"
      options=${variant#*=}
      JAVA_OPTS="${JAVA_OPTS:-} ${options//,/ }" start_once --spring.datasource.url="$H2_FRESH" >>"$WORK/v-${variant%%=*}"
    done
  done
else
  for _ in $(seq "$RUNS"); do
    rm -rf "$WORK/db"
    start_once --spring.datasource.url="$H2_FRESH" >>"$WORK/fresh"
    start_once --spring.datasource.url="$H2_FRESH" >>"$WORK/restart"
  done
  if psql -h 127.0.0.1 -U postgres -d test -Atc 'select 1' >/dev/null 2>&1; then
    psql -h 127.0.0.1 -U postgres -d test -qc 'drop schema if exists aftersales_bench cascade' >/dev/null
    for _ in $(seq "$RUNS"); do
      start_once --spring.datasource.url="$PG_URL" --spring.datasource.username=postgres --spring.flyway.schemas=aftersales_bench >>"$WORK/pg"
    done
    psql -h 127.0.0.1 -U postgres -d test -qc 'drop schema if exists aftersales_bench cascade' >/dev/null
  fi
fi

if [ "${CDS:-1}" = 1 ] && [ -z "${COMPARE:-}" ]; then
  java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null
  EXTRACTED=$(ls "$WORK"/extracted/aftersales-*.jar)
  (cd "$WORK" && java -XX:ArchiveClassesAtExit="$WORK/app.jsa" -Dspring.context.exit=onRefresh -jar "$EXTRACTED" \
    --spring.datasource.url="jdbc:h2:mem:training" >"$WORK/training.log" 2>&1) || { tail -20 "$WORK/training.log"; exit 1; }
  : >"$WORK/plain"; : >"$WORK/cds"
  for _ in $(seq "$RUNS"); do
    rm -rf "$WORK/db"
    RUN_JAR=$EXTRACTED start_once --spring.datasource.url="jdbc:h2:file:$WORK/db/aftersales;MODE=PostgreSQL" >>"$WORK/plain"
    rm -rf "$WORK/db"
    RUN_JAR=$EXTRACTED JAVA_OPTS="-XX:SharedArchiveFile=$WORK/app.jsa" \
      start_once --spring.datasource.url="jdbc:h2:file:$WORK/db/aftersales;MODE=PostgreSQL" >>"$WORK/cds"
  done
fi

echo "Start-up to health UP, $RUNS runs each, $(nproc) cores, $(date -u +%F)"
[ -s "$WORK/fresh" ] && report "H2, first start (empty db)" "$WORK/fresh" && report "H2, restart" "$WORK/restart"
[ -s "$WORK/pg" ] && report "PostgreSQL" "$WORK/pg"
[ -s "$WORK/cds" ] && report "H2 first, extracted jar" "$WORK/plain" && report "H2 first, extracted + CDS" "$WORK/cds"
if [ -n "${COMPARE:-}" ]; then
  median() { sort -n "$1" | awk '{ms[NR]=$1} END {print ms[int((NR+1)/2)]}'; }
  plain=$(median "$WORK/v-plain")
  report "H2 first, plain jar" "$WORK/v-plain"
  for variant in $COMPARE; do
    label=${variant%%=*}
    report "H2 first, $label" "$WORK/v-$label"
    awk -v m="$(median "$WORK/v-$label")" -v p="$plain" -v l="$label" 'BEGIN { printf "  %s / plain jar: %.2f\n", l, m / p }'
  done
fi
true
