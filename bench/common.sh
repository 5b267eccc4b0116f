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
