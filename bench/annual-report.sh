#!/usr/bin/env bash
# Benchmark: a cell's annual report (HTML preview, PDF, Word) and the staff dashboard on the demonstration
# ward — Chi bộ Khu vực 11's report of 2025, as its secretary `bithu`; the dashboard as `bithu` and as the
# ward admin `admin`. The same pages on the large ward (1,000,000 ledger entries) are measured by
# bench/big-ward.sh.
#
# Builds the jar, starts it with profile demo on port 8082 against its own database (sochibo_bench_demo,
# recreated each run), then measures each page with wrk: one user, then CONNECTIONS at once.
#
#   bash bench/annual-report.sh
#   DURATION=30s CONNECTIONS=4 bash bench/annual-report.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8082}
DB=sochibo_bench_demo
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-2}
OUT=bench/out
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
. bench/common.sh
fresh_database "$DB"
[ -n "${JAR:-}" ] || build_jar
ADMIN_PASSWORD=bench-system-admin-pw
SPRING_PROFILES_ACTIVE=demo start_app "$DB"
for _ in $(seq 1 120); do login "$OUT/bithu.cookies" bithu sochibo-demo 2>/dev/null && break; sleep 2; done
login "$OUT/admin.cookies" admin sochibo-demo
export PGPASSWORD=${SOCHIBO_DB_PASSWORD:-sochibo}
CELL=$(psql -h 127.0.0.1 -U sochibo -d "$DB" -Atc "select id from party_cells where name = 'Chi bộ Khu vực 11'")

write_percentiles

measure() {
  local label=$1 user=$2 path=$3 cookie first
  cookie=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" { print $6 "=" $7 }' "$OUT/$user.cookies" | tail -1)
  first=$(curl -fs -H "Cookie: $cookie" -o "$OUT/page" -w '%{time_total} s, %{size_download} bytes' "http://localhost:$PORT$path")
  wrk -t1 -c1 -d5s -H "Cookie: $cookie" "http://localhost:$PORT$path" >/dev/null
  echo "== $label ($user)  $path  (first request: $first)"
  echo -n "   1 user:  "; wrk -t1 -c1 -d"$DURATION" -H "Cookie: $cookie" -s "$OUT/percentiles.lua" "http://localhost:$PORT$path" | tail -1
  echo -n "   $CONNECTIONS at once:"; wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -H "Cookie: $cookie" -s "$OUT/percentiles.lua" "http://localhost:$PORT$path" | tail -1
}

measure "annual report, HTML" bithu "/reports/cells/$CELL/2025"
measure "annual report, PDF" bithu "/reports/cells/$CELL/2025/report.pdf"
measure "annual report, Word" bithu "/reports/cells/$CELL/2025/report.docx"
measure "dashboard" bithu "/dashboard?year=2025"
measure "dashboard" admin "/dashboard?year=2025"
