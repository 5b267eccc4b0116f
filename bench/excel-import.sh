#!/usr/bin/env bash
# Benchmark of the Excel import of households (issue 12): 100,000 households (ROWS) in a file of the template's columns
# (bench/households-xlsx.py), uploaded to a fresh ward of 40 areas as its admin, with the application at HEAP
# (default -Xmx256m). Measures phase 1 (upload → plan stored, from the job's row: created_at → checked_at), phase 2
# (commit → done: commit_started_at → finished_at) and, side by side in the same run, PostgreSQL's COPY of the same rows
# into households (in a transaction rolled back, the same indexes), before and after the import.
#
#   bash bench/excel-import.sh
#   ROWS=20000 HEAP=-Xmx128m bash bench/excel-import.sh
#   JAR=target/sochibo-0.1.0-SNAPSHOT.jar bash bench/excel-import.sh   # without building
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8095}
DB=sochibo_bench_import
ROWS=${ROWS:-100000}
HEAP=${HEAP:--Xmx256m}
OUT=bench/out
mkdir -p "$OUT"
. bench/common.sh
ADMIN_PASSWORD=bench-system-admin-pw
SQL() { psql -q -h 127.0.0.1 -U sochibo -d "$DB" -v ON_ERROR_STOP=1 "$@"; }

fresh_database "$DB"
[ -n "${JAR:-}" ] || build_jar
export HEAP
start_app "$DB"
bench_ward
WARD=$(SQL -Atc "select id from wards where name = 'Phường Đo Tải'")
OWNER=$(SQL -Atc "select tableowner from pg_tables where tablename = 'households'")
OWNER_PASSWORD=$PGPASSWORD
[ "$OWNER" = sochibo_owner ] && OWNER_PASSWORD=${SOCHIBO_DB_OWNER_PASSWORD:-sochibo_owner}
PGPASSWORD=$OWNER_PASSWORD psql -q -h 127.0.0.1 -U "$OWNER" -d "$DB" -v ON_ERROR_STOP=1 -c "
  insert into residential_areas (ward_id, code, name, kind, valid_from)
  select $WARD, 'KV' || g, 'Khu vực ' || g, 'KHU_VUC', date '2020-01-01' from generate_series(1, 40) g"
CODES=$(SQL -Atc "select string_agg(code, ',' order by id) from residential_areas where ward_id = $WARD")
IDS=$(SQL -Atc "select string_agg(id::text, ',' order by id) from residential_areas where ward_id = $WARD")
python3 bench/households-xlsx.py "$ROWS" "$CODES" "$OUT/import.xlsx" "$OUT/import.csv" "$WARD" "$IDS" "HGD-"
python3 bench/households-xlsx.py "$ROWS" "$CODES" "$OUT/import-after.xlsx" "$OUT/import-after.csv" "$WARD" "$IDS" "KOP-"

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC'), app $HEAP"
echo "File: $ROWS households, $(stat -c %s "$OUT/import.xlsx") bytes (.xlsx)"

copy_baseline() {   # $1: the CSV; prints the COPY's time in ms (rolled back)
  PGPASSWORD=$OWNER_PASSWORD psql -h 127.0.0.1 -U "$OWNER" -d "$DB" -v ON_ERROR_STOP=1 -At <<SQLIN | grep -o 'Time: [0-9.]* ms' | tail -1
begin;
\timing on
\copy households (ward_id, area_id, code, head_name, address, alley, members, phone, notes) from '$1' with (format csv)
\timing off
rollback;
SQLIN
}
echo "COPY of the same rows before the import: $(copy_baseline "$OUT/import.csv")"

COOKIES=$OUT/import.cookies
rm -f "$COOKIES"
login "$COOKIES" bench bench-ward-admin-pw
CSRF=$(csrf_of "$COOKIES" /imports)
UPLOAD=$(curl -s -b "$COOKIES" -o /dev/null -w '%{redirect_url} %{time_total}' -F kind=HOUSEHOLDS -F year=2026 \
  -F "_csrf=$CSRF" -F "file=@$OUT/import.xlsx;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
  "http://localhost:$PORT/imports")
JOB_URL=${UPLOAD%% *}
JOB=${JOB_URL##*/}
echo "Upload request: ${UPLOAD##* } s (the request returns once the file is stored; the check runs on the import threads)"
wait_phase() {   # $1: the phase to leave
  local phase=$1
  for _ in $(seq 1 1200); do
    phase=$(curl -fs -b "$COOKIES" "$JOB_URL/progress" | sed 's/.*"phase":"\([A-Z]*\)".*/\1/')
    [ "$phase" != "$1" ] && break
    sleep 0.1
  done
  echo "$phase"
}
echo "Phase 1 ended: $(wait_phase CHECKING)"
SQL -At -F ' ' -c "select 'Phase 1 (check and store the plan): ' || round(extract(epoch from checked_at - created_at) * 1000) || ' ms; rows ' || rows_total || ', to create ' || create_rows || ', errors ' || error_rows from import_jobs where id = $JOB"
CSRF=$(csrf_of "$COOKIES" "/imports/$JOB")
curl -fs -b "$COOKIES" -o /dev/null --data-urlencode "_csrf=$CSRF" "$JOB_URL/commit"
echo "Phase 2 ended: $(wait_phase COMMITTING)"
SQL -At -c "select 'Phase 2 (commit: households, statuses, audit, one transaction): ' || round(extract(epoch from finished_at - commit_started_at) * 1000) || ' ms' from import_jobs where id = $JOB"
SQL -At -c "select 'households ' || (select count(*) from households where ward_id = $WARD) || ', statuses ' || (select count(*) from household_statuses where ward_id = $WARD) || ', audit lines ' || (select count(*) from audit_events where ward_id = $WARD and action = 'IMPORT')"
echo "COPY of as many other rows after the import: $(copy_baseline "$OUT/import-after.csv")"
grep -c "OutOfMemoryError" "$OUT/app.log" | sed 's/^/OutOfMemoryError in the log: /' || true
