# Shared steps of the benchmarks (sourced, not run): a fresh database of their own and the jar.

export PGPASSWORD=${SOCHIBO_DB_PASSWORD:-sochibo}

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

# fresh_database NAME: drops and creates NAME (owned by sochibo, with unaccent and pg_trgm).
fresh_database() {
  bash scripts/ensure-db.sh >/dev/null
  as_postgres psql -q -v ON_ERROR_STOP=1 -c "drop database if exists $1 with (force)" \
    -c "create database $1 owner sochibo encoding 'UTF8' template template0"
  as_postgres psql -q -d "$1" -c "create extension if not exists unaccent; create extension if not exists pg_trgm;"
}

# build_jar: packages the application (no tests) and sets JAR to it.
build_jar() {
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/sochibo-*.jar | grep -v plain | head -1)
}

# The next steps need PORT (the application's port).
# Log in with the cookie jar; prints nothing, fails on a bad login.
login() {
  local jar=$1 user=$2 password=$3 csrf
  csrf=$(curl -fs -c "$jar" -b "$jar" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -fs -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
    "http://localhost:$PORT/login" | grep -q '/home'
}
csrf_of() { curl -fs -b "$1" -c "$1" "http://localhost:$PORT$2" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }

# start_app DB: starts the jar on PORT against DB (system admin password ADMIN_PASSWORD; HEAP, default -Xmx1g, its
# heap flags), waits until it is
# healthy, and stops it when the script ends.
start_app() {
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$1 SPRING_DATASOURCE_USERNAME=sochibo \
    SPRING_DATASOURCE_PASSWORD=${SOCHIBO_DB_PASSWORD:-sochibo} SOCHIBO_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    SERVER_PORT=$PORT java ${HEAP:--Xmx1g} -jar "$JAR" > "$OUT/app.log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do
    curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
    sleep 1
  done
}

# bench_ward: the system admin creates "Phường Đo Tải" through its screen, with the ward admin
# bench / bench-ward-admin-pw.
bench_ward() {
  local sys=$OUT/sys.cookies csrf
  rm -f "$sys"
  login "$sys" sysadmin "$ADMIN_PASSWORD"
  csrf=$(csrf_of "$sys" /system/wards/new)
  curl -fs -b "$sys" -o /dev/null \
    --data-urlencode "ward.name=Phường Đo Tải" --data-urlencode "ward.province=Thành phố Cần Thơ" \
    --data-urlencode "ward.unitLabel=Khu vực" --data-urlencode "ward.superiorBody=ĐẢNG BỘ PHƯỜNG ĐO TẢI" \
    --data-urlencode "ward.placeName=Đo Tải" --data-urlencode "ward.publicBaseUrl=https://congkhai.dotai.example.vn" \
    --data-urlencode "adminUsername=bench" \
    --data-urlencode "adminFullName=Người đo" --data-urlencode "adminPassword=bench-ward-admin-pw" \
    --data-urlencode "_csrf=$csrf" "http://localhost:$PORT/system/wards/new"
}

# write_percentiles: the wrk script that prints one line of req/s, p50/p95/p99/max and errors ($OUT/percentiles.lua).
write_percentiles() {
  cat > "$OUT/percentiles.lua" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("   %6.1f req/s   p50 %8.1f ms   p95 %8.1f ms   p99 %8.1f ms   max %8.1f ms   %d requests, %d errors\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, errors))
end
LUA
}
