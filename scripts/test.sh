#!/usr/bin/env bash
# Runs the whole test suite (./mvnw verify) against the local test database sochibo_test
# (prepared by scripts/ensure-db.sh) or the database given in SPRING_DATASOURCE_URL.
# Extra arguments go to Maven, e.g.  scripts/test.sh -Dtest=LedgerServiceTest
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/ensure-db.sh

if [[ -z "${SPRING_DATASOURCE_URL:-}" ]]; then
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:${SOCHIBO_DB_PORT:-5432}/${SOCHIBO_TEST_DB_NAME:-sochibo_test}"
  export SPRING_DATASOURCE_USERNAME="${SOCHIBO_DB_USER:-sochibo}"
  export SPRING_DATASOURCE_PASSWORD="${SOCHIBO_DB_PASSWORD:-sochibo}"
fi

echo "test: running ./mvnw verify on ${SPRING_DATASOURCE_URL}"
[[ -x ./mvnw ]] || chmod +x ./mvnw 2>/dev/null || true
exec ./mvnw -B verify "$@"
