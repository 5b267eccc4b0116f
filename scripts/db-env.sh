# Sourced (not run) by ensure-db.sh, test.sh and run-demo.sh: the names and logins of the local databases,
# from the environment or these defaults.
#   SOCHIBO_DB_USER            the application's role: reads and writes, owns nothing   (default sochibo)
#   SOCHIBO_DB_PASSWORD        its password                                            (default sochibo)
#   SOCHIBO_DB_OWNER           the owner of the databases and their objects; runs the migrations
#                                                                                      (default <user>_owner)
#   SOCHIBO_DB_OWNER_PASSWORD  its password                                   (default the owner's name)
#   SOCHIBO_DB_NAME            application database                                    (default sochibo)
#   SOCHIBO_TEST_DB_NAME       test database                                      (default sochibo_test)
#   SOCHIBO_DB_PORT            PostgreSQL port on 127.0.0.1                               (default 5432)

DB_USER="${SOCHIBO_DB_USER:-sochibo}"
DB_PASSWORD="${SOCHIBO_DB_PASSWORD:-sochibo}"
DB_OWNER="${SOCHIBO_DB_OWNER:-${DB_USER}_owner}"
DB_OWNER_PASSWORD="${SOCHIBO_DB_OWNER_PASSWORD:-${DB_OWNER}}"
if [[ "${DB_OWNER}" == "${DB_USER}" ]]; then
  # one role for both (no privilege separation): one password
  DB_OWNER_PASSWORD="${DB_PASSWORD}"
fi
DB_NAME="${SOCHIBO_DB_NAME:-sochibo}"
TEST_DB_NAME="${SOCHIBO_TEST_DB_NAME:-sochibo_test}"
DB_HOST=127.0.0.1
DB_PORT="${SOCHIBO_DB_PORT:-5432}"

# use_local_database NAME: points the application at the local database NAME (as ensure-db.sh prepared it),
# connecting as the application's role and migrating as the owner; unless SPRING_DATASOURCE_URL is set,
# which is then used as it is (with SPRING_FLYWAY_USER / _PASSWORD if those are set too).
use_local_database() {
  [[ -z "${SPRING_DATASOURCE_URL:-}" ]] || return 0
  export SPRING_DATASOURCE_URL="jdbc:postgresql://${DB_HOST}:${DB_PORT}/$1"
  export SPRING_DATASOURCE_USERNAME="${DB_USER}"
  export SPRING_DATASOURCE_PASSWORD="${DB_PASSWORD}"
  export SPRING_FLYWAY_USER="${DB_OWNER}"
  export SPRING_FLYWAY_PASSWORD="${DB_OWNER_PASSWORD}"
}
