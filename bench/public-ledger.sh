#!/usr/bin/env bash
# Benchmark: the public fund page and its CSV export on a large ward, beside a bare JDBC
# baseline serving the same queries, in the same run.
#
# Builds the jar, starts it on port 8081 against its own database (sochibo_bench_ledger,
# recreated), creates a ward through the system admin's screen, generates FUNDS funds and
# ENTRIES ledger entries by SQL (the largest fund gets LARGEST entries), starts
# bench/BareBaseline.java on port 8082, and measures with wrk (16 connections):
#   - the public fund page of the largest fund: first page and a deep page (keyset)
#   - the CSV export of a typical fund and of the largest fund
# The generated entries carry placeholder hashes (their chains do not verify); the pages
# measured never verify chains.
#
#   bash bench/public-ledger.sh
#   ENTRIES=200000 FUNDS=100 LARGEST=50000 bash bench/public-ledger.sh   # a quick run
set -euo pipefail
cd "$(dirname "$0")/.."

ENTRIES=${ENTRIES:-1000000}
FUNDS=${FUNDS:-500}
LARGEST=${LARGEST:-120000}
DURATION=${DURATION:-20s}
PORT=8081
BASE_PORT=8082
DB=sochibo_bench_ledger
OUT=bench/out
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
. bench/common.sh
fresh_database "$DB"
build_jar
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=sochibo \
  SPRING_DATASOURCE_PASSWORD=$PGPASSWORD SOCHIBO_ADMIN_PASSWORD=bench-system-admin-pw \
  SERVER_PORT=$PORT java -Xmx1g -jar "$JAR" > "$OUT/ledger-app.log" 2>&1 &
APP=$!
BASE=
trap 'kill $APP $BASE 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 1; done

JAR_PG=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -1)
java -Dsun.net.httpserver.nodelay=true -cp "$JAR_PG" bench/BareBaseline.java $BASE_PORT "jdbc:postgresql://127.0.0.1:5432/$DB" sochibo "$PGPASSWORD" \
  > "$OUT/baseline.log" 2>&1 &
BASE=$!

SQL() { psql -q -h 127.0.0.1 -U sochibo -d "$DB" -v ON_ERROR_STOP=1 "$@"; }
SQL -c "insert into wards (name, province, unit_label, superior_body, place_name)
        values ('Phường Đo Tải', 'Thành phố Cần Thơ', 'Khu vực', 'ĐẢNG BỘ PHƯỜNG ĐO TẢI', 'Đo Tải')"

echo "Generating $FUNDS funds and $ENTRIES entries (largest fund: $LARGEST)..."
START=$(date +%s)
SQL -v funds="$FUNDS" -v entries="$ENTRIES" -v largest="$LARGEST" <<'SQL'
select setseed(0.42);
insert into residential_areas (ward_id, code, name, valid_from)
select w.id, 'KV' || g, 'Khu vực ' || g, date '2020-01-01' from wards w, generate_series(1, 12) g;
insert into funds (ward_id, kind, name, purpose, target, starts_on)
select w.id, 'CAMPAIGN', 'Quỹ số ' || g, 'Quỹ đo tải ' || g, case when g % 3 = 0 then null else 100000000 end,
       date '2024-01-01'
from wards w, generate_series(1, :funds) g;
alter table ledger_entries disable trigger tr_ledger_entries_open_year;
with fund_sizes as (
  select f.id as fund_id, f.ward_id,
         case when f.id = (select min(id) from funds) then :largest
              else ((:entries - :largest) / (:funds - 1)) end as n
  from funds f
), areas as (select array_agg(id order by id) ids from residential_areas)
insert into ledger_entries (ward_id, fund_id, seq, kind, method, amount, entry_date, area_id, display_choice,
  display_name, payee, purpose, approver, public_code, receipt_year, receipt_no, recorded_by, recorded_at,
  prev_hash, hash)
select s.ward_id, s.fund_id, i,
       case when i % 10 = 0 then 'EXPENDITURE' else 'CONTRIBUTION' end,
       case when i % 10 = 0 then null else 'CASH' end,
       (1 + (i * 7919) % 50) * 100000,
       date '2024-01-01' + (i % 650),
       a.ids[1 + i % 12],
       case when i % 10 = 0 then null when i % 3 = 0 then 'ANONYMOUS' else 'FULL_NAME' end,
       case when i % 10 = 0 then 'Công ty Xây dựng ' || (i % 97)
            when i % 3 = 0 then 'Nhà hảo tâm'
            else (array['Nguyễn','Trần','Lê','Phạm','Võ'])[1 + i % 5] || ' Văn ' || (array['An','Bình','Cường','Dũng','Đức'])[1 + (i / 5) % 5] end,
       case when i % 10 = 0 then 'Công ty Xây dựng ' || (i % 97) end,
       case when i % 10 = 0 then 'Mua vật tư' end,
       case when i % 10 = 0 then 'Trần Văn Hùng' end,
       md5(s.fund_id || ':' || i),
       case when i % 10 = 0 then null else 2024 end,
       case when i % 10 = 0 then null else (s.fund_id * 1000000 + i)::int end,
       'bench', now(), repeat('0', 64), repeat('0', 64)
from fund_sizes s, areas a, generate_series(1, s.n) i;
alter table ledger_entries enable trigger tr_ledger_entries_open_year;
update funds f set entry_count = t.n, raised = t.raised, spent = t.spent
from (select fund_id, count(*) n,
             coalesce(sum(amount) filter (where kind = 'CONTRIBUTION'), 0) raised,
             coalesce(sum(amount) filter (where kind = 'EXPENDITURE'), 0) spent
      from ledger_entries group by fund_id) t
where t.fund_id = f.id;
vacuum analyze funds, ledger_entries, residential_areas;
SQL
echo "Generated in $(( $(date +%s) - START )) s"
LARGE=$(SQL -At -c "select min(id) from funds")
TYPICAL=$((LARGE + 1))
DEEP=$((LARGEST / 2))
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(date -u +%Y-%m-%d)"
SQL -At -c "select 'entries: ' || count(*) || ', funds: ' || count(distinct fund_id) || ', largest fund: ' || max(c) from (select fund_id, count(*) over (partition by fund_id) c from ledger_entries) t"
for _ in $(seq 1 30); do curl -fs "http://localhost:$BASE_PORT/fund?fund=$LARGE" >/dev/null 2>&1 && break; sleep 1; done

run() {
  local label=$1 url=$2 connections=${3:-16}
  curl -fs -o /dev/null "$url"
  wrk -t2 -c"$connections" -d5s "$url" >/dev/null   # warm-up
  echo "== $label  $url"
  wrk -t2 -c"$connections" -d"$DURATION" --latency "$url" | grep -E 'Requests/sec|Transfer/sec|  50%|  90%|  99%|Non-2xx|Socket errors'
}
run "app: fund page, first page" "http://localhost:$PORT/public/funds/$LARGE"
run "baseline: fund page, first page" "http://localhost:$BASE_PORT/fund?fund=$LARGE"
run "app: fund page, deep page (before=$DEEP)" "http://localhost:$PORT/public/funds/$LARGE?before=$DEEP"
run "baseline: fund page, deep page" "http://localhost:$BASE_PORT/fund?fund=$LARGE&before=$DEEP"
run "app: CSV of a typical fund" "http://localhost:$PORT/public/funds/$TYPICAL/entries.csv"
run "baseline: CSV of a typical fund" "http://localhost:$BASE_PORT/csv?fund=$TYPICAL"
run "app: CSV of the largest fund" "http://localhost:$PORT/public/funds/$LARGE/entries.csv"
run "baseline: CSV of the largest fund" "http://localhost:$BASE_PORT/csv?fund=$LARGE"
