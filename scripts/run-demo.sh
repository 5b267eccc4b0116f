#!/usr/bin/env bash
# Starts Sổ Chi Bộ with demonstration data at http://localhost:8080 against a local PostgreSQL
# (prepared by scripts/ensure-db.sh; the application connects as its role, Flyway migrates as the owner)
# or the database given in SPRING_DATASOURCE_URL.
# Profile: SPRING_PROFILES_ACTIVE if set, otherwise "demo". Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/ensure-db.sh

# shellcheck source=scripts/db-env.sh
source scripts/db-env.sh
use_local_database "${DB_NAME}"

profiles="${SPRING_PROFILES_ACTIVE:-demo}"
echo "run-demo: starting with profile(s) '${profiles}' on ${SPRING_DATASOURCE_URL}"
[[ -x ./mvnw ]] || chmod +x ./mvnw 2>/dev/null || true
exec ./mvnw -B spring-boot:run "-Dspring-boot.run.profiles=${profiles}" "$@"
