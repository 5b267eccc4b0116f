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
