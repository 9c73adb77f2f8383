#!/usr/bin/env bash
# The API fuzz run (issue 16): requests generated from the OpenAPI document and broken the way careless and hostile
# clients break them, against the real server (Tomcat included) on the embedded H2, or on PostgreSQL with PG=1.
# Fails on any 5xx or any 4xx that is not application/problem+json, and prints the seed to replay it with.
#   bash bench/fuzz.sh                 # 12,000 requests, a new seed
#   N=50000 SEED=7 PG=1 bash bench/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-12000}
SEED=${SEED:-$RANDOM$RANDOM}
PROFILE=()
[ -n "${PG:-}" ] && PROFILE=(-Ppostgres)
echo "fuzz: $N requests, seed $SEED${PG:+, PostgreSQL}"
./mvnw -B -ntp -q "${PROFILE[@]}" test-compile failsafe:integration-test failsafe:verify -Dspotless.check.skip=true \
  -Dit.test='ApiFuzzTests#noRequestGetsA5xxAndEveryClientErrorIsAProblem' -Dfuzz.requests="$N" -Dfuzz.seed="$SEED" \
  | grep -a "fuzz: seed" || true
if ! grep -q 'failures="0"' target/failsafe-reports/TEST-io.aftersales.ApiFuzzTests.xml \
  || ! grep -q 'errors="0"' target/failsafe-reports/TEST-io.aftersales.ApiFuzzTests.xml; then
  sed -n '/Expecting/,/^\tat /p' target/failsafe-reports/io.aftersales.ApiFuzzTests.txt | head -60
  echo "fuzz: FAILED (replay: N=$N SEED=$SEED bash bench/fuzz.sh)"; exit 1
fi
echo "fuzz: passed"
