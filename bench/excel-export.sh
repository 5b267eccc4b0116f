#!/usr/bin/env bash
# Excel export on the large ward of bench/big-ward.sh (100,000 households, a fund with tens of thousands of
# entries): the whole household list, the largest fund's entries, the receipt register of 2025 and the gifts of
# the program with the most gifts downloaded as .xlsx by the ward admin
# `bench`, with the application's heap capped (HEAP, default -Xmx256m) so a list that was held in memory would
# fail. Prints the time of each download (first, then the best and worst of RUNS more), its size, its rows read
# back (the rows of the sheet, less the title and the header) and the heap the JVM used afterwards.
#
# Needs the database sochibo_bench_big that bench/big-ward.sh builds (kept after it runs); runs the
# application on port 8096.
#
#   bash bench/excel-export.sh
#   JAR=target/sochibo-0.1.0-SNAPSHOT.jar HEAP=-Xmx128m bash bench/excel-export.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8096}
DB=${BIG_DB:-sochibo_bench_big}
RUNS=${RUNS:-5}
export HEAP=${HEAP:--Xmx256m}
OUT=bench/out
mkdir -p "$OUT"

. bench/common.sh
ADMIN_PASSWORD=bench-system-admin-pw
SQL() { psql -q -h 127.0.0.1 -U sochibo -d "$DB" -v ON_ERROR_STOP=1 "$@"; }

as_postgres psql -Atqc "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
  || { echo "no database $DB: run bash bench/big-ward.sh first" >&2; exit 1; }
[ -n "${JAR:-}" ] || build_jar
start_app "$DB"
as_postgres psql -q -d "$DB" -c "analyze"

LARGE=$(SQL -Atc "select id from funds order by entry_count desc, id limit 1")
PROGRAM=$(SQL -Atc "select program_id from welfare_gifts group by program_id order by count(*) desc, program_id limit 1")
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC'), heap $HEAP"
echo "households: $(SQL -Atc "select count(*) from households"); largest fund $LARGE: $(SQL -Atc "select entry_count from funds where id = $LARGE") entries"

ADM=$OUT/export-admin.cookies; rm -f "$ADM"
login "$ADM" bench bench-ward-admin-pw

# rows FILE: the rows of the first sheet (the reader counts <row> elements of sheet1.xml).
rows() { unzip -p "$1" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l; }

measure() {
  local label=$1 path=$2 file=$OUT/export.xlsx first times=()
  first=$(curl -fs -b "$ADM" -o "$file" -w '%{http_code} %{time_total}' "http://localhost:$PORT$path") \
    || { echo "== $label  $path: FAILED (see $OUT/app.log)"; return; }
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(curl -fs -b "$ADM" -o "$file" -w '%{time_total}' "http://localhost:$PORT$path")")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  echo "== $label  $path"
  echo "   first: ${first#* } s (HTTP ${first%% *}); $RUNS more: best $(echo "$sorted" | head -1) s, worst $(echo "$sorted" | tail -1) s"
  echo "   $(stat -c %s "$file") bytes, $(( $(rows "$file") - 2 )) rows below the header"
}

measure "households, all" "/households/export.xlsx"
measure "the largest fund's entries" "/funds/$LARGE/entries/export.xlsx"
measure "the receipt register of 2025" "/funds/receipts/export.xlsx?year=2025"
measure "the gifts of the program with the most ($(SQL -Atc "select count(*) from welfare_gifts where program_id = $PROGRAM"))" "/welfare/programs/$PROGRAM/gifts/export.xlsx"

echo "heap after: $(jcmd "$APP" GC.heap_info 2>/dev/null | grep -i 'total\|used' | head -2 | tr -s ' ' | tr '\n' ' ')"
echo "app log errors: $(grep -c ' ERROR ' "$OUT/app.log" || true)"
