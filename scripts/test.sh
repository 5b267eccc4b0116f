#!/usr/bin/env bash
# Runs the whole test suite (./mvnw verify) against the local test database sochibo_test
# (prepared by scripts/ensure-db.sh; the application connects as its role, Flyway and the tests that
# tamper behind its back as the owner) or the database given in SPRING_DATASOURCE_URL.
# Extra arguments go to Maven, e.g.  scripts/test.sh -Dtest=LedgerServiceTest
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/ensure-db.sh

# shellcheck source=scripts/db-env.sh
source scripts/db-env.sh
use_local_database "${TEST_DB_NAME}"

echo "test: running ./mvnw verify on ${SPRING_DATASOURCE_URL}"
[[ -x ./mvnw ]] || chmod +x ./mvnw 2>/dev/null || true
exec ./mvnw -B verify "$@"
