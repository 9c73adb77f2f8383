# Shared by the bench scripts that run AfterSales on PostgreSQL (127.0.0.1:5432, database test): set SCHEMA and
# PORT, source this file, then call start_app. The app runs on the packaged jar in a schema of its own, which is
# dropped on exit unless KEEP_SCHEMA is set; JVM_ARGS go to the JVM (e.g. a flight recording); JAR= runs another build.
BASE="http://127.0.0.1:$PORT"
PSQL=(psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -qAt)
JAR=${JAR:-$(ls target/aftersales-*.jar 2>/dev/null | head -1 || true)}
[ -n "$JAR" ] || { ./mvnw -q -B package -DskipTests; JAR=$(ls target/aftersales-*.jar | head -1); }
WORK=$(mktemp -d)
cleanup() {
  [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null
  rm -rf "$WORK"
  [ -n "${KEEP_SCHEMA:-}" ] || "${PSQL[@]}" -c "drop schema if exists $SCHEMA cascade" >/dev/null 2>&1 || true
}
trap cleanup EXIT

# Starts the app on an empty schema with the given extra arguments and waits for health UP.
start_app() {
  "${PSQL[@]}" -c "drop schema if exists $SCHEMA cascade" >/dev/null 2>&1
  launch_app "$@"
}

# Starts the app on the schema as it is (a restart) and waits for health UP.
launch_app() {
  java ${JVM_ARGS:-} -jar "$JAR" --server.port="$PORT" --spring.datasource.username=postgres \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA${PG_URL_EXTRA:-}" \
    --spring.flyway.schemas="$SCHEMA" --aftersales.admin-password=Bench-admin-2026 "$@" >>"$WORK/app.log" 2>&1 &
  APP=$!
  until curl -sf "$BASE/actuator/health" | grep -q UP; do
    kill -0 "$APP" 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }; sleep 0.2
  done
}

# The value of a JSON string field in the input (first match).
json() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" | head -1; }

# The median of the numbers on the input, one per line.
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# For the scale benchmarks (bench/run.sh, bench/scale-out.sh): SQL in the schema, the data set made when missing, and
# the inputs both draw from it.
Q() { PGOPTIONS="-c search_path=$SCHEMA" "${PSQL[@]}" "$@"; }
ensure_scale_data() {
  if [ "$(Q -c "select count(*) from information_schema.tables where table_schema = '$SCHEMA' and table_name = 'work_order'")" != 1 ]; then
    SCHEMA=$SCHEMA bench/generate.sh
  fi
}
# N random values of each kind the search box takes: whole plates, phone tails, VIN tails.
sample_search() {
  Q -c "(select plate from asset order by random() limit $1) union all (select last4 from customer_phone order by random() limit $1)
    union all (select vin_last6 from asset order by random() limit $1)"
}
# 2,000 random vehicles, each with its owner and a random store: "store customer asset" per line.
sample_vehicles() {
  Q -F ' ' -c "select st.ids[1 + floor(random() * 20)::int], a.customer_id, a.id
    from (select id, customer_id from asset order by random() limit 2000) a, (select array_agg(id) ids from store) st"
}
