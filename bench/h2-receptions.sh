#!/usr/bin/env bash
# Concurrent receptions at one store on the embedded H2 default (issue 18): starts the packaged jar on an empty H2
# database, makes VEHICLES new vehicles (none with a mileage yet, so that two receptions of one vehicle both record
# its first mileage), then drives POST /api/v1/work-orders with wrk at C connections for T seconds, ROUNDS times on a
# fresh database each. Prints one RESULT line per round and fails if any request failed (a 409 included).
#   bench/h2-receptions.sh      T=10 C=8 VEHICLES=20 ROUNDS=3 JAR=target/aftersales-*.jar (another build to compare)
set -euo pipefail
cd "$(dirname "$0")/.."
T=${T:-10}
C=${C:-8}
VEHICLES=${VEHICLES:-20}
ROUNDS=${ROUNDS:-3}
PORT=${PORT:-18093}
KEEP_SCHEMA=1  # H2 only: bench/lib.sh gives the jar, a work directory, its clean-up and json
. bench/lib.sh
JAR=$(realpath "$JAR")
failed=0
for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$WORK/db"; mkdir -p "$WORK/db"
  (cd "$WORK/db" && exec java -Xmx512m -jar "$JAR" --server.port="$PORT" --aftersales.admin-password=Bench-admin-2026 \
    >"$WORK/app.log" 2>&1) &
  APP=$!
  until curl -sf "$BASE/actuator/health" | grep -q UP; do
    kill -0 "$APP" 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }; sleep 0.2
  done
  TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"Bench-admin-2026"}' | json token)
  export TOKEN
  H=(-H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json')
  STORE=$(curl -sf "$BASE/api/v1/stores" "${H[@]}" | json id)
  CUSTOMER=$(curl -sf -X POST "$BASE/api/v1/customers" "${H[@]}" \
    -d '{"type":"PERSON","name":"客户","phones":["13912340000"]}' | json id)
  : >"$WORK/vehicles"
  for i in $(seq 1 "$VEHICLES"); do
    aid=$(curl -sf -X POST "$BASE/api/v1/assets" "${H[@]}" \
      -d "{\"customerId\":\"$CUSTOMER\",\"kind\":\"VEHICLE\",\"plate\":\"沪C$(printf %05d "$i")\"}" | json id)
    echo "$STORE $CUSTOMER $aid" >>"$WORK/vehicles"
  done
  result=$(VEHICLES="$WORK/vehicles" wrk -t 2 -c "$C" -d "${T}s" -s bench/wrk/create.lua "$BASE" | sed -n 's/^RESULT //p')
  echo "round $round: $result"
  case $result in *"errors=0 "*) ;; *) failed=1 ;; esac
  kill "$APP"; wait "$APP" 2>/dev/null || true; APP=
done
[ "$failed" = 0 ] || { echo "FAILED: requests failed"; exit 1; }
