#!/usr/bin/env bash
# Makes sure a local PostgreSQL server is usable for Sổ Chi Bộ (idempotent):
#   - starts the Debian cluster(s) if they are down (creates one if none exists),
#   - creates two roles, if missing: the owner (owns the two databases and every object in them, runs the
#     migrations) and the application's role (connects the application, owns nothing; the migration
#     V6__application_role_privileges grants it what it may do),
#   - creates the two databases (application + tests), owned by the owner, if missing,
#   - creates the unaccent and pg_trgm extensions in both databases as superuser,
#   - converts a database made before there were two roles: whatever the application's role owns in schema
#     public goes to the owner (and, where V6 has already run, the application's privileges are granted
#     again) — in these two databases only,
#   - checks that password login over TCP from 127.0.0.1 works for both roles.
# Skipped entirely when SPRING_DATASOURCE_URL is set (an external database is used).
#
# Environment (all optional): see scripts/db-env.sh (SOCHIBO_DB_USER, SOCHIBO_DB_PASSWORD, SOCHIBO_DB_OWNER,
# SOCHIBO_DB_OWNER_PASSWORD, SOCHIBO_DB_NAME, SOCHIBO_TEST_DB_NAME, SOCHIBO_DB_PORT).
set -euo pipefail

# shellcheck source=scripts/db-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/db-env.sh"
WAIT_SECONDS=30

log() { printf 'ensure-db: %s\n' "$*"; }
die() {
  printf 'ensure-db: ERROR: %s\n' "$*" >&2
  exit 1
}

if [[ -n "${SPRING_DATASOURCE_URL:-}" ]]; then
  log "SPRING_DATASOURCE_URL is set; skipping local PostgreSQL setup."
  exit 0
fi

# Runs a command as root (directly, or through sudo).
as_root() {
  if [[ ${EUID} -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root to run '$*' (not root and no sudo)."
  fi
}

# Runs a command as the postgres OS user (the database superuser, peer authentication).
# cd / so that psql does not complain about an unreadable working directory.
as_postgres() {
  if [[ ${EUID} -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  elif command -v sudo >/dev/null 2>&1; then
    (cd / && sudo -u postgres "$@")
  else
    die "need 'sudo -u postgres' to set up the database (not root and no sudo); or set SPRING_DATASOURCE_URL."
  fi
}

server_ready() {
  pg_isready -q -h "${DB_HOST}" -p "${DB_PORT}" >/dev/null 2>&1
}

server_installed() {
  command -v pg_ctlcluster >/dev/null 2>&1 || [[ -d /usr/lib/postgresql ]]
}

install_hint() {
  cat >&2 <<HINT
ensure-db: ERROR: no PostgreSQL server is installed on this machine.
  Install one (Debian/Ubuntu):   sudo apt-get install postgresql
  or point the application to an existing database instead:
    export SPRING_DATASOURCE_URL=jdbc:postgresql://HOST:5432/sochibo
    export SPRING_DATASOURCE_USERNAME=sochibo SPRING_DATASOURCE_PASSWORD=...
HINT
  exit 1
}

# --- 1. a server is installed and running -------------------------------------------------

if ! server_ready; then
  server_installed || install_hint
  command -v pg_lsclusters >/dev/null 2>&1 \
    || die "PostgreSQL does not answer on ${DB_HOST}:${DB_PORT} and pg_lsclusters (postgresql-common) is missing; start the server by hand or set SPRING_DATASOURCE_URL."

  if [[ -z "$(pg_lsclusters --no-header 2>/dev/null || true)" ]]; then
    version="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -V | tail -n 1)"
    [[ -n "${version}" ]] || install_hint
    locale_args=()
    if [[ "$(locale charmap 2>/dev/null || true)" != "UTF-8" ]]; then
      locale_args=(--locale=C.UTF-8)
    fi
    log "no PostgreSQL cluster exists; creating ${version}/main on port ${DB_PORT}"
    as_root pg_createcluster "${locale_args[@]}" --port="${DB_PORT}" "${version}" main
  fi

  while read -r version cluster port status _; do
    [[ -n "${version}" ]] || continue
    if [[ "${status}" == down* ]]; then
      log "starting PostgreSQL cluster ${version}/${cluster} (port ${port})"
      as_root pg_ctlcluster --skip-systemctl-redirect "${version}" "${cluster}" start \
        || log "WARNING: could not start cluster ${version}/${cluster}"
    fi
  done < <(pg_lsclusters --no-header 2>/dev/null || true)

  log "waiting for PostgreSQL on ${DB_HOST}:${DB_PORT} (up to ${WAIT_SECONDS}s)"
  for ((i = 0; i < WAIT_SECONDS; i++)); do
    server_ready && break
    sleep 1
  done
  if ! server_ready; then
    pg_lsclusters >&2 2>/dev/null || true
    die "PostgreSQL does not answer on ${DB_HOST}:${DB_PORT}; see the cluster log under /var/log/postgresql/."
  fi
fi
log "PostgreSQL is ready on ${DB_HOST}:${DB_PORT}"

command -v psql >/dev/null 2>&1 || die "psql not found (install postgresql-client)."
id postgres >/dev/null 2>&1 \
  || die "PostgreSQL answers on ${DB_HOST}:${DB_PORT} but there is no local 'postgres' OS user to set it up with; set SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD instead."

# --- 2. role, databases, extensions (as superuser) ----------------------------------------

# Quotes a value for psql's \set: inside single quotes psql reads '' as ' and interprets backslashes.
psql_quote() {
  local value="${1//\\/\\\\}"
  printf "'%s'" "${value//\'/\'\'}"
}

superuser_psql() {
  as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "${DB_PORT}" "$@"
}

# If the cluster's default locale cannot hold UTF8 (neither C nor a UTF-8 locale), use C.UTF-8.
template_ctype="$(superuser_psql -d postgres -Atc "SELECT datctype FROM pg_database WHERE datname = 'template1'")"
locale_clause=""
shopt -s nocasematch
if [[ ! "${template_ctype}" =~ ^(C|POSIX)$ && ! "${template_ctype}" =~ utf-?8 ]]; then
  locale_clause="LOCALE 'C.UTF-8'"
fi
shopt -u nocasematch

# The passwords travel on stdin (not the command line) so that they never show in ps.
superuser_psql -d postgres <<SQL
\\set role $(psql_quote "${DB_USER}")
\\set pw $(psql_quote "${DB_PASSWORD}")
\\set owner $(psql_quote "${DB_OWNER}")
\\set ownerpw $(psql_quote "${DB_OWNER_PASSWORD}")
\\set db $(psql_quote "${DB_NAME}")
\\set testdb $(psql_quote "${TEST_DB_NAME}")
CREATE TEMPORARY TABLE logins AS
  SELECT DISTINCT ON (name) name, pw FROM (VALUES (:'owner', :'ownerpw'), (:'role', :'pw')) AS r (name, pw);
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', name, pw) FROM logins
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) \\gexec
-- keep the passwords in step with the environment, so that the login check below holds
SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', name, pw) FROM logins \\gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0 ${locale_clause}', d, :'owner', 'UTF8')
  FROM unnest(ARRAY[:'db', :'testdb']) AS d
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d) \\gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', d, :'owner'), format('GRANT CONNECT ON DATABASE %I TO %I', d, :'role')
  FROM unnest(ARRAY[:'db', :'testdb']) AS d \\gexec
SQL

# Statements that give the owner whatever the application's role owns in schema public of the database
# they run in (tables with their indexes and sequences, views, sequences of their own, functions, types),
# object by object: REASSIGN OWNED would also hand over what the role owns in other databases.
ownership_transfer="$(cat <<SQL
\\set role $(psql_quote "${DB_USER}")
\\set owner $(psql_quote "${DB_OWNER}")
WITH app AS (SELECT oid FROM pg_roles WHERE rolname = :'role' AND rolname <> :'owner'),
members AS (SELECT objid FROM pg_depend WHERE deptype = 'e'),
linked_sequences AS (SELECT objid FROM pg_depend
                      WHERE classid = 'pg_class'::regclass AND refclassid = 'pg_class'::regclass
                        AND deptype IN ('a', 'i'))
SELECT format('ALTER SCHEMA public OWNER TO %I;', :'owner')
  FROM pg_namespace WHERE nspname = 'public' AND nspowner IN (SELECT oid FROM app)
UNION ALL
SELECT format('ALTER %s %s OWNER TO %I;',
              CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
                             WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'c' THEN 'TYPE' ELSE 'TABLE' END,
              c.oid::regclass, :'owner')
  FROM pg_class c
 WHERE c.relnamespace = 'public'::regnamespace AND c.relowner IN (SELECT oid FROM app)
   AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c')
   AND c.oid NOT IN (SELECT objid FROM members) AND c.oid NOT IN (SELECT objid FROM linked_sequences)
UNION ALL
SELECT format('ALTER %s %s OWNER TO %I;',
              CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END,
              p.oid::regprocedure, :'owner')
  FROM pg_proc p
 WHERE p.pronamespace = 'public'::regnamespace AND p.proowner IN (SELECT oid FROM app)
   AND p.oid NOT IN (SELECT objid FROM members)
UNION ALL
SELECT format('ALTER %s %s OWNER TO %I;', CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, t.oid::regtype,
              :'owner')
  FROM pg_type t
 WHERE t.typnamespace = 'public'::regnamespace AND t.typowner IN (SELECT oid FROM app)
   AND t.typtype IN ('d', 'e', 'r') AND t.oid NOT IN (SELECT objid FROM members);
SQL
)"

for db in "${DB_NAME}" "${TEST_DB_NAME}"; do
  superuser_psql -d "${db}" \
    -c 'CREATE EXTENSION IF NOT EXISTS unaccent' \
    -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm' 2>&1 | { grep -v 'already exists, skipping' || true; } >&2

  statements="$(superuser_psql -d "${db}" -At <<<"${ownership_transfer}")"
  if [[ -n "${statements}" ]]; then
    log "${db}: $(wc -l <<<"${statements}") objects of '${DB_USER}' in schema public go to '${DB_OWNER}'"
    superuser_psql -d "${db}" -1 <<<"${statements}"
  fi

  # Only the owner creates in schema public (PostgreSQL 15 does so already; older versions let anyone).
  # Where V6__application_role_privileges has run (it leaves grant_application_privileges behind), the
  # application's privileges are granted again, as the owner: a database converted just now has lost them.
  superuser_psql -d "${db}" <<SQL
\\set role $(psql_quote "${DB_USER}")
\\set owner $(psql_quote "${DB_OWNER}")
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SELECT format('GRANT USAGE, CREATE ON SCHEMA public TO %I', :'owner')
 WHERE NOT has_schema_privilege(:'owner', 'public', 'CREATE') \\gexec
SET ROLE :"owner";
SELECT format('CALL public.grant_application_privileges(%L)', :'role')
 WHERE to_regprocedure('public.grant_application_privileges(text)') IS NOT NULL \\gexec
RESET ROLE;
SQL
done
if [[ "${DB_OWNER}" == "${DB_USER}" ]]; then
  log "WARNING: SOCHIBO_DB_OWNER is the application's role '${DB_USER}': it owns the tables, no privilege keeps it from changing the append-only ones"
fi
log "roles '${DB_OWNER}' (owner) and '${DB_USER}' (application), databases '${DB_NAME}' and '${TEST_DB_NAME}' (unaccent, pg_trgm) are in place"

# --- 3. password login over TCP -----------------------------------------------------------

# check_login ROLE PASSWORD: password login as ROLE to both databases works, or explains how to allow it.
check_login() {
  local db hba reload
  for db in "${DB_NAME}" "${TEST_DB_NAME}"; do
    if ! PGPASSWORD="$2" PGCONNECT_TIMEOUT=5 psql -X -q -w -h "${DB_HOST}" -p "${DB_PORT}" \
      -U "$1" -d "${db}" -Atc 'select 1' >/dev/null; then
      hba="$(superuser_psql -d postgres -Atc 'SHOW hba_file' 2>/dev/null || echo '/etc/postgresql/<version>/main/pg_hba.conf')"
      reload="sudo pg_ctlcluster <version> main reload"
      if [[ "${hba}" =~ ^/etc/postgresql/([^/]+)/([^/]+)/pg_hba\.conf$ ]]; then
        reload="sudo pg_ctlcluster ${BASH_REMATCH[1]} ${BASH_REMATCH[2]} reload"
      fi
      cat >&2 <<HINT
ensure-db: ERROR: password login as '$1' to '${db}' on ${DB_HOST}:${DB_PORT} failed.
  Allow password login over TCP from 127.0.0.1: add this line to ${hba}
  (before any other 'host' line that would match first):
    host    all    all    127.0.0.1/32    scram-sha-256
  then reload the server:   ${reload}
  (or set SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD to a database you can reach)
HINT
      exit 1
    fi
  done
}

check_login "${DB_USER}" "${DB_PASSWORD}"
check_login "${DB_OWNER}" "${DB_OWNER_PASSWORD}"
log "password login as '${DB_USER}' and '${DB_OWNER}' over TCP works; database ready."
