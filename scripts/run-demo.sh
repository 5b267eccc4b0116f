#!/usr/bin/env bash
# Starts Sổ Chi Bộ with demonstration data at http://localhost:8080 against a local PostgreSQL
# (prepared by scripts/ensure-db.sh) or the database given in SPRING_DATASOURCE_URL.
# Profile: SPRING_PROFILES_ACTIVE if set, otherwise "demo". Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/ensure-db.sh

if [[ -z "${SPRING_DATASOURCE_URL:-}" ]]; then
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:${SOCHIBO_DB_PORT:-5432}/${SOCHIBO_DB_NAME:-sochibo}"
  export SPRING_DATASOURCE_USERNAME="${SOCHIBO_DB_USER:-sochibo}"
  export SPRING_DATASOURCE_PASSWORD="${SOCHIBO_DB_PASSWORD:-sochibo}"
fi

profiles="${SPRING_PROFILES_ACTIVE:-demo}"
echo "run-demo: starting with profile(s) '${profiles}' on ${SPRING_DATASOURCE_URL}"
[[ -x ./mvnw ]] || chmod +x ./mvnw 2>/dev/null || true
exec ./mvnw -B spring-boot:run "-Dspring-boot.run.profiles=${profiles}" "$@"
