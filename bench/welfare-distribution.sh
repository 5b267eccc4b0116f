#!/usr/bin/env bash
# Benchmark: one distribution of many households, as a cell secretary posts it.
#
# Builds the jar, starts it with the demo data on port 8083 against its own database
# (sochibo_bench_welfare, recreated), adds HOUSEHOLDS poor households of 2025 to Khu vực 11
# by SQL, logs in as bithu through the login form and measures with curl:
#   - the review page listing every eligible household (GET .../distribute)
#   - posting the distribution to all of them, all or nothing (POST .../distribute),
#     once for a Front committee program and once for a program paid from a ledger fund
#     (one expenditure per gift in the fund's hash chain)
#   - the coverage page and the program page afterwards
# Each GET is timed RUNS times (median); each POST once, on a fresh program.
#
#   bash bench/welfare-distribution.sh
#   HOUSEHOLDS=500 bash bench/welfare-distribution.sh   # a quick run
set -euo pipefail
cd "$(dirname "$0")/.."

HOUSEHOLDS=${HOUSEHOLDS:-2000}
RUNS=${RUNS:-5}
PORT=8083
DB=sochibo_bench_welfare
OUT=bench/out
BASE="http://localhost:$PORT"
JAR_COOKIES="$OUT/welfare-cookies.txt"
mkdir -p "$OUT"

. bench/common.sh
fresh_database "$DB"
build_jar
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=sochibo \
  SPRING_DATASOURCE_PASSWORD=$PGPASSWORD SPRING_PROFILES_ACTIVE=demo SOCHIBO_ADMIN_PASSWORD=bench-system-admin-pw \
  SERVER_PORT=$PORT java -Xmx1g -jar "$JAR" > "$OUT/welfare-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break; sleep 1; done

SQL() { psql -qtA -h 127.0.0.1 -U sochibo -d "$DB" -v ON_ERROR_STOP=1 "$@"; }
WARD=$(SQL -c "select id from wards where name = 'Phường Cái Khế'")
AREA=$(SQL -c "select id from residential_areas where ward_id = $WARD and code = 'KV11'")
FUND=$(SQL -c "select id from funds where ward_id = $WARD and name like 'Quỹ \"Vì người nghèo\"%'")
SQL -v n="$HOUSEHOLDS" -v ward="$WARD" -v area="$AREA" <<'SQL'
insert into households (ward_id, area_id, code, head_name, address, alley, members)
select :ward, :area, 'BENCH-' || g, 'Nguyễn Văn Thử ' || g, g || ' hẻm 99 đường Trần Văn Khéo', 'hẻm 99', 4
from generate_series(1, :n) g;
insert into household_statuses (ward_id, household_id, status_year, kind)
select ward_id, id, 2025, 'POOR' from households where code like 'BENCH-%';
SQL
ELIGIBLE=$(SQL -c "select count(distinct household_id) from household_statuses s join households h on h.id = s.household_id
  where h.area_id = $AREA and s.status_year = 2025 and s.kind = 'POOR'")

csrf() { curl -fs -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
post() { # path, then form fields; prints the redirect target and the time
  local path=$1; shift
  local token; token=$(csrf "$path")
  curl -s -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" -w '%{redirect_url} %{time_total}\n' \
    --data-urlencode "_csrf=$token" "$@" "$BASE$path"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
time_get() { for _ in $(seq 1 "$RUNS"); do curl -fs -o /dev/null -b "$JAR_COOKIES" -w '%{time_total}\n' "$BASE$1"; done | median; }

rm -f "$JAR_COOKIES"
post /login --data-urlencode username=bithu --data-urlencode password=sochibo-demo >/dev/null

program() { # name, source, extra fields; prints the new program's id
  local name=$1 source=$2; shift 2
  post /welfare/programs/new --data-urlencode "name=$name" -d occasion=OTHER -d year=2025 -d date=2025-12-01 \
    -d targets=POOR -d "source=$source" -d "areaIds=$AREA" "$@" | sed 's#.*/welfare/programs/\([0-9]*\).*#\1#'
}
distribute() { # program id; prints "seconds gifts"
  local id=$1
  local ids; ids=$(curl -fs -b "$JAR_COOKIES" "$BASE/welfare/programs/$id/distribute?status=POOR" \
    | grep -o 'name="householdIds" value="[0-9]*"' | sed 's/.*value="//; s/"//' | sed 's/^/-d householdIds=/' | tr '\n' ' ')
  local result
  # shellcheck disable=SC2086
  result=$(post "/welfare/programs/$id/distribute" -d statuses=POOR $ids -d item=GIFT_PACKAGE -d quantity=1 \
    -d value=300000 -d date=2025-12-01 --data-urlencode "deliveredBy=Trần Văn Hùng")
  echo "${result##* } $(SQL -c "select count(*) from welfare_gifts where program_id = $id")"
}

FRONT=$(program "Bench Front $HOUSEHOLDS" FRONT)
REVIEW=$(time_get "/welfare/programs/$FRONT/distribute?status=POOR")
read -r POST_FRONT GIFTS_FRONT < <(distribute "$FRONT")
COVERAGE=$(time_get "/welfare/programs/$FRONT/coverage")
PROGRAM_PAGE=$(time_get "/welfare/programs/$FRONT")

# The fund needs the money first: one donation through the contribution form.
NEEDED=$(( (ELIGIBLE + 10) * 300000 ))
post "/funds/$FUND/contributions/new" -d date=2025-11-30 -d method=BANK_TRANSFER -d "amount=$NEEDED" -d "areaId=$AREA" \
  -d contributorKind=BUSINESS --data-urlencode "contributorName=Công ty Thử Nghiệm" -d display=FULL_NAME >/dev/null
PAID=$(program "Bench Fund $HOUSEHOLDS" FUND -d "fundId=$FUND")
read -r POST_FUND GIFTS_FUND < <(distribute "$PAID")
SPENT=$(SQL -c "select count(*) from welfare_gifts g join ledger_entries e on e.id = g.ledger_entry_id where g.program_id = $PAID")

cat <<REPORT
Welfare distribution benchmark — $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1)
eligible households (poor in 2025, Khu vực 11): $ELIGIBLE
review page (GET, median of $RUNS):          ${REVIEW}s
post, Front committee program:              ${POST_FRONT}s for $GIFTS_FRONT gifts
post, program paid from the fund:           ${POST_FUND}s for $GIFTS_FUND gifts ($SPENT ledger expenditures)
coverage page after (GET, median):           ${COVERAGE}s
program page after (GET, median):            ${PROGRAM_PAGE}s
REPORT
