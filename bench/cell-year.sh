#!/usr/bin/env bash
# Benchmark: a Party cell's year page (/cellwork/{cell}?year=2025: members, the 12 regular and 2 thematic
# meetings with attendance, tasks, activities with distinct people and participations, visits, rating)
# and the members' list, for a cell of MEMBERS members (default 2,000) with ACTIVITIES activities
# (default 500) in the year.
#
# Builds the jar, starts it on port 8081 against its own database (sochibo_bench, recreated each run),
# creates a ward through the system admin's screen, fills one cell by SQL, then measures with wrk
# (8 connections, 2 threads, 20 s each). Copy the figures into docs/performance.md.
#
#   bash bench/cell-year.sh
#   MEMBERS=5000 ACTIVITIES=1000 bash bench/cell-year.sh
set -euo pipefail
cd "$(dirname "$0")/.."

MEMBERS=${MEMBERS:-2000}
ACTIVITIES=${ACTIVITIES:-500}
PORT=${PORT:-8081}
DB=sochibo_bench
DURATION=${DURATION:-20s}
OUT=bench/out
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
. bench/common.sh
fresh_database "$DB"
build_jar
ADMIN_PASSWORD=bench-system-admin-pw
start_app "$DB"
bench_ward

echo "Generating a cell of $MEMBERS members and $ACTIVITIES activities..."
START=$(date +%s)
psql -q -h 127.0.0.1 -U sochibo -d "$DB" -v ON_ERROR_STOP=1 -v members="$MEMBERS" -v activities="$ACTIVITIES" \
  -f bench/cell-year.sql
echo "Generated in $(( $(date +%s) - START )) s"
CELL=$(psql -Atq -h 127.0.0.1 -U sochibo -d "$DB" -c "select min(id) from party_cells")

ADM=$OUT/admin.cookies; rm -f "$ADM"
login "$ADM" bench bench-ward-admin-pw
COOKIE=$(awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$ADM")

run() {
  local label=$1 path=$2
  curl -fs -b "$ADM" -o /dev/null "http://localhost:$PORT$path" # fails the run on an error page
  echo "== $label  $path"
  wrk -t2 -c8 -d"$DURATION" --latency -H "Cookie: $COOKIE" "http://localhost:$PORT$path" \
    | grep -E 'Requests/sec|Latency  |  50%|  90%|  99%|Non-2xx'
}

for warm in "/cellwork/$CELL?year=2025" "/cellwork/$CELL/members" "/cellwork/$CELL/meetings?year=2025" \
    "/cellwork/$CELL/activities?year=2025"; do
  wrk -t2 -c8 -d10s -H "Cookie: $COOKIE" "http://localhost:$PORT$warm" >/dev/null
done

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(date -u +%Y-%m-%d)"
psql -Atq -h 127.0.0.1 -U sochibo -d "$DB" -c "select 'members ' || (select count(*) from party_members)"
run "the cell's year" "/cellwork/$CELL?year=2025"
run "the year's meetings" "/cellwork/$CELL/meetings?year=2025"
run "the year's activities" "/cellwork/$CELL/activities?year=2025"
run "members, first page" "/cellwork/$CELL/members"
run "members, search without accents" "/cellwork/$CELL/members?q=nguyen+van"
for connections in 1 2 4; do
  echo "== $connections user(s) at once: the cell's year"
  wrk -t1 -c$connections -d"$DURATION" --latency -H "Cookie: $COOKIE" "http://localhost:$PORT/cellwork/$CELL?year=2025" \
    | grep -E 'Requests/sec|Latency  |  50%|  90%|  99%'
done
