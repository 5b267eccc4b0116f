#!/usr/bin/env bash
# Benchmark: the household list, its accent-insensitive search and the household field's suggestions
# (contribution, gift and loan forms) at 100,000 households.
#
# Builds the application jar, starts it on port 8081 against its own database
# (sochibo_bench, recreated each run), creates a ward through the system admin's screen,
# fills it with N households (default 100000) and their statuses by SQL, then measures
# with wrk (8 connections, 2 threads, 20 s each) the pages an official uses most.
# Prints throughput and latency percentiles; copy them into docs/performance.md.
#
#   bash bench/household-search.sh            # 100,000 households
#   HOUSEHOLDS=200000 bash bench/household-search.sh
set -euo pipefail
cd "$(dirname "$0")/.."

HOUSEHOLDS=${HOUSEHOLDS:-100000}
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

echo "Generating $HOUSEHOLDS households..."
START=$(date +%s)
PGPASSWORD=${SOCHIBO_DB_PASSWORD:-sochibo} psql -q -h 127.0.0.1 -U sochibo -d "$DB" -v ON_ERROR_STOP=1 -v n="$HOUSEHOLDS" <<'SQL'
select setseed(0.2025);
insert into residential_areas (ward_id, code, name, valid_from)
select w.id, 'KV' || g, 'Khu vực ' || g, date '2020-01-01' from wards w, generate_series(1, 12) g;
with names as (
  select array['Nguyễn','Trần','Lê','Phạm','Huỳnh','Hoàng','Võ','Phan','Trương','Bùi','Đặng','Đỗ','Ngô','Hồ','Dương','Lý'] f,
         array['Văn','Thị','Hữu','Minh','Ngọc','Thanh','Quốc','Kim','Hoàng','Mỹ','Thu','Công'] m,
         array['Hùng','Dũng','Lan','Hoa','Tâm','Phúc','Lộc','Thọ','Hạnh','Nga','Bình','Cường','Đức','Hải','Hương',
               'Khánh','Linh','Mai','Nam','Oanh','Phương','Quang','Sơn','Tuấn','Út','Vân','Xuân','Yến','Trường','Đồ'] g,
         array['đường Nguyễn Văn Cừ','đường Cách Mạng Tháng Tám','đường Trần Văn Khéo','đường Hai Bà Trưng','đường Mậu Thân'] s
), areas as (
  select array_agg(id order by id) ids, min(ward_id) ward_id from residential_areas
)
insert into households (ward_id, area_id, code, head_name, address, alley, members, phone)
select a.ward_id, a.ids[1 + (i % 12)], 'HB-' || lpad(i::text, 7, '0'),
       n.f[1 + floor(random() * 16)::int] || ' ' || n.m[1 + floor(random() * 12)::int] || ' ' || n.g[1 + floor(random() * 30)::int],
       (1 + i % 200) || '/' || (1 + (i / 200) % 300) || ' ' || n.s[1 + i % 5],
       'hẻm ' || (1 + (i / 200) % 300) || '-' || (3 + (i / 200) % 300),
       1 + floor(random() * 7)::int, '09' || lpad(floor(random() * 100000000)::text, 8, '0')
from generate_series(1, :n) i, names n, areas a;
insert into household_statuses (ward_id, household_id, status_year, kind)
select h.ward_id, h.id, y, (array['POOR','NEAR_POOR','POLICY_FAMILY','ELDERLY_ALONE'])[1 + h.id % 4]
from households h, generate_series(2024, 2025) y where h.id % 7 = 0;
vacuum analyze residential_areas, households, household_statuses;
SQL
echo "Generated in $(( $(date +%s) - START )) s"

ADM=$OUT/admin.cookies; rm -f "$ADM"
login "$ADM" bench bench-ward-admin-pw
COOKIE=$(awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$ADM")

run() {
  local label=$1 path=$2
  curl -fs -b "$ADM" -o /dev/null "http://localhost:$PORT$path" # warm this exact page
  echo "== $label  $path"
  wrk -t2 -c8 -d"$DURATION" --latency -H "Cookie: $COOKIE" "http://localhost:$PORT$path" \
    | grep -E 'Requests/sec|Latency  |  50%|  90%|  99%|Non-2xx'
}

# Warm-up: let the JIT compile the request path before measuring.
for warm in "/households?q=nguyen+van" "/households" "/households?status=POOR&year=2025"; do
  wrk -t2 -c8 -d10s -H "Cookie: $COOKIE" "http://localhost:$PORT$warm" >/dev/null
done

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(date -u +%Y-%m-%d)"
echo "Households: $(PGPASSWORD=${SOCHIBO_DB_PASSWORD:-sochibo} psql -Atq -h 127.0.0.1 -U sochibo -d "$DB" -c 'select count(*) from households')"
run "first page, no filter" "/households"
run "search: full name without accents" "/households?q=nguyen+truong+do"
run "search: alley" "/households?q=hem+49-51"
run "search: one common word" "/households?q=van"
run "filter: poor households of 2025 in one area" "/households?status=POOR&year=2025&area=$(PGPASSWORD=${SOCHIBO_DB_PASSWORD:-sochibo} psql -Atq -h 127.0.0.1 -U sochibo -d "$DB" -c 'select min(id) from residential_areas')"
run "page 100 (offset 2,475)" "/households?page=99"
run "suggestions: full name without accents" "/households/suggestions?q=nguyen+truong+do"
run "suggestions: two letters" "/households/suggestions?q=ng"
run "suggestions: alley" "/households/suggestions?q=hem+49"

echo "== one official alone (1 connection): name search"
wrk -t1 -c1 -d"$DURATION" --latency -H "Cookie: $COOKIE" "http://localhost:$PORT/households?q=nguyen+truong+do" \
  | grep -E 'Requests/sec|Latency  |  50%|  90%|  99%'

echo "== query plan of the name search"
PGPASSWORD=${SOCHIBO_DB_PASSWORD:-sochibo} psql -Atq -h 127.0.0.1 -U sochibo -d "$DB" -c "explain (analyze, costs off)
  select h.id from households h where h.ward_id = (select min(id) from wards) and h.search_text like '%nguyen%'
  and h.search_text like '%truong%' and h.search_text like '%do%' order by h.given_name, h.head_name collate \"vi-VN-x-icu\", h.id limit 25" | grep -E 'Index|Bitmap|Execution'
