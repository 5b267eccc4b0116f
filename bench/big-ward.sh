#!/usr/bin/env bash
# Benchmark data: a large ward (Phường Đo Tải) of 40 areas and cells, 100,000 households, 5,000 Party members,
# 400 funds with about 1,000,000 ledger entries in 2024–2025 (a valid hash chain per fund), 80 projects,
# about 20,000 welfare gifts, and the cells' meetings and activities of 2025 — see bench/big-ward.sql. Then the
# pages in PAGES below are measured on it with wrk (one user, then CONNECTIONS at once).
#
# Builds the jar, recreates the database sochibo_bench_big, starts the application on port 8097, creates the
# ward through the system admin's screen (bench_ward), loads bench/big-ward.sql, prints the row counts and the
# load time, checks the hash chains of a few funds with the public verification page, and measures. The
# database is kept afterwards; to measure again without reloading (about 5 minutes):
#
#   bash bench/big-ward.sh
#   BIG_REUSE=1 bash bench/big-ward.sh                # same data, new jar, measure only
#   ENTRIES=200000 bash bench/big-ward.sh             # a smaller ledger (entries before payments and reversals)
#   DURATION=30s CONNECTIONS=8 BIG_REUSE=1 bash bench/big-ward.sh
#   VERIFY_ALL=1 BIG_REUSE=1 bash bench/big-ward.sh   # verify the hash chain of every fund, not just 5
#   JAR=target/sochibo-0.1.0-SNAPSHOT.jar BIG_REUSE=1 bash bench/big-ward.sh   # without building
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8097}
DB=${BIG_DB:-sochibo_bench_big}
ENTRIES=${ENTRIES:-996000}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-4}
BIG_REUSE=${BIG_REUSE:-0}
YEAR=2025
OUT=bench/out
mkdir -p "$OUT"

# The pages measured, "label|path": /public/... without a session, the others as the ward admin `bench`.
# {CELL}: the cell of Khu vực 1; {FUND}: a typical fund (Quỹ Khuyến học – Khu vực 1); {LARGE}: the fund with
# the most entries; {YEAR}: 2025.
PAGES=(
  "funds list|/funds"
  "one fund, the largest|/funds/{LARGE}"
  "household list|/households"
  "the cell's year|/cellwork/{CELL}?year={YEAR}"
  "public ledger, the largest fund|/public/funds/{LARGE}"
  "public chain verification, the largest fund|/public/funds/{LARGE}/verify"
  "cell annual report, HTML|/reports/cells/{CELL}/{YEAR}"
  "cell annual report, PDF|/reports/cells/{CELL}/{YEAR}/report.pdf"
  "cell annual report, Word|/reports/cells/{CELL}/{YEAR}/report.docx"
  "staff dashboard|/dashboard?year={YEAR}"
)

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
. bench/common.sh
ADMIN_PASSWORD=bench-system-admin-pw
SQL() { psql -q -h 127.0.0.1 -U sochibo -d "$DB" -v ON_ERROR_STOP=1 "$@"; }

if [ "$BIG_REUSE" = 1 ]; then
  as_postgres psql -Atqc "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
    || { echo "no database $DB to reuse: run without BIG_REUSE=1 first" >&2; exit 1; }
  [ -n "${JAR:-}" ] || build_jar   # JAR=target/sochibo-….jar skips the build
  start_app "$DB"
  # A newer jar may have migrated the kept data (V18 fills ledger_month_totals from the entries): give the
  # planner its statistics and reclaim dead rows, as autovacuum would on a server where it runs (this
  # machine's has it off).
  as_postgres psql -q -d "$DB" -c "vacuum analyze"
else
  fresh_database "$DB"
  [ -n "${JAR:-}" ] || build_jar   # JAR=target/sochibo-….jar skips the build
  start_app "$DB"
  bench_ward
  # The tables' owner loads (the application's role here, as it runs its own migrations).
  OWNER=$(SQL -Atc "select tableowner from pg_tables where tablename = 'ledger_entries'")
  OWNER_PASSWORD=$PGPASSWORD
  [ "$OWNER" = sochibo_owner ] && OWNER_PASSWORD=${SOCHIBO_DB_OWNER_PASSWORD:-sochibo_owner}
  echo "Loading the large ward ($ENTRIES entries before pledge payments and reversals) as $OWNER..."
  START=$(date +%s.%N)
  PGPASSWORD=$OWNER_PASSWORD psql -q -1 -h 127.0.0.1 -U "$OWNER" -d "$DB" -v ON_ERROR_STOP=1 -v entries="$ENTRIES" \
    -f bench/big-ward.sql
  echo "Loaded in $(awk "BEGIN { printf \"%.0f\", $(date +%s.%N) - $START }") s"
  # The load updated each month total once an entry (the trigger of V18): reclaim the dead rows and give the
  # planner its statistics, as autovacuum would on a server where it runs (this machine's has it off).
  as_postgres psql -q -d "$DB" -c "vacuum analyze"
fi

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC'), database $DB ($(SQL -Atc "select pg_size_pretty(pg_database_size('$DB'))"))"
SQL -At -F ' ' <<'COUNTS'
select t, n from (values
  ('residential_areas', (select count(*) from residential_areas)), ('party_cells', (select count(*) from party_cells)),
  ('cell_areas', (select count(*) from cell_areas)), ('households', (select count(*) from households)),
  ('household_statuses', (select count(*) from household_statuses)), ('party_members', (select count(*) from party_members)),
  ('party_member_cells', (select count(*) from party_member_cells)), ('funds', (select count(*) from funds)),
  ('fund_areas', (select count(*) from fund_areas)), ('projects', (select count(*) from projects)),
  ('ledger_entries', (select count(*) from ledger_entries)), ('welfare_programs', (select count(*) from welfare_programs)),
  ('welfare_gifts', (select count(*) from welfare_gifts)), ('cell_meetings', (select count(*) from cell_meetings)),
  ('meeting_attendances', (select count(*) from meeting_attendances)), ('meeting_tasks', (select count(*) from meeting_tasks)),
  ('activities', (select count(*) from activities)), ('activity_members', (select count(*) from activity_members))) v(t, n);
select 'ledger_entries by kind: ' || string_agg(kind || ' ' || n, ', ' order by kind)
from (select kind || coalesce('/' || method, '') as kind, count(*) n from ledger_entries group by 1) k;
select 'entries a fund: min ' || min(entry_count) || ', median ' || percentile_disc(0.5) within group (order by entry_count)
       || ', max ' || max(entry_count) from funds;
COUNTS

CELL=$(SQL -Atc "select c.id from party_cells c where c.name = 'Chi bộ Khu vực 1'")
FUND=$(SQL -Atc "select id from funds where name = 'Quỹ Khuyến học – Khu vực 1'")
LARGE=$(SQL -Atc "select id from funds order by entry_count desc, id limit 1")

ADM=$OUT/big-admin.cookies; rm -f "$ADM"
login "$ADM" bench bench-ward-admin-pw
COOKIE=$(awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$ADM")

echo "== hash chains (public verification page)"
if [ "${VERIFY_ALL:-0}" = 1 ]; then
  FUNDS=$(SQL -Atc "select id from funds order by id")
else
  FUNDS=$(SQL -Atc "select id from funds where id in ($FUND, $LARGE) or id in (select fund_id from ledger_entries
                    where kind in ('REVERSAL', 'PLEDGE_PAYMENT') and fund_id not in ($FUND, $LARGE) limit 3) order by id")
fi
intact=0; broken=0
for fund in $FUNDS; do
  verdict=$(curl -fs "http://localhost:$PORT/public/funds/$fund/verify" | grep -o 'Toàn vẹn — [0-9.,]* bút toán đã kiểm tra\|Chuỗi bị phá vỡ[^<]*' | head -1)
  case $verdict in "Toàn vẹn"*) intact=$((intact + 1)) ;; *) broken=$((broken + 1)); echo "fund $fund: ${verdict:-no answer}" ;; esac
  [ "${VERIFY_ALL:-0}" = 1 ] || echo "fund $fund: $verdict"
done
echo "chains intact: $intact of $((intact + broken)) funds checked (VERIFY_ALL=1 checks all $(SQL -Atc "select count(*) from funds"))"

write_percentiles

for page in "${PAGES[@]}"; do
  label=${page%%|*}
  path=${page#*|}
  path=${path//\{CELL\}/$CELL}; path=${path//\{FUND\}/$FUND}; path=${path//\{LARGE\}/$LARGE}; path=${path//\{YEAR\}/$YEAR}
  headers=(-H "Cookie: $COOKIE"); [[ $path == /public/* ]] && headers=()
  first=$(curl -fs "${headers[@]}" -o "$OUT/big-page.html" -w '%{time_total} s, %{size_download} bytes' "http://localhost:$PORT$path") \
    || { echo "== $label  $path: FAILED (see $OUT/app.log)"; continue; }
  wrk -t1 -c1 -d5s "${headers[@]}" "http://localhost:$PORT$path" >/dev/null   # warm-up
  echo "== $label  $path  (first request: $first)"
  echo -n "   1 user:  "; wrk -t1 -c1 -d"$DURATION" "${headers[@]}" -s "$OUT/percentiles.lua" "http://localhost:$PORT$path" | tail -1
  echo -n "   $CONNECTIONS at once:"; wrk -t2 -c"$CONNECTIONS" -d"$DURATION" "${headers[@]}" -s "$OUT/percentiles.lua" "http://localhost:$PORT$path" | tail -1
done

echo "The database $DB is kept: BIG_REUSE=1 bash bench/big-ward.sh measures again without reloading."
