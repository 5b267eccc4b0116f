-- Run once by the postgres image on a new data directory (docker-entrypoint-initdb.d), as its superuser, in
-- the database POSTGRES_DB: the two roles of scripts/ensure-db.sh. The owner owns the database and runs the
-- migrations; the application's role owns nothing (V6__application_role_privileges grants it what it may do).
-- Names and passwords come from the db service's environment (docker-compose.yml).
\getenv owner SOCHIBO_DB_OWNER
\getenv owner_password SOCHIBO_DB_OWNER_PASSWORD
\getenv app SOCHIBO_DB_USER
\getenv app_password SOCHIBO_DB_PASSWORD
SELECT current_database() AS db \gset

CREATE ROLE :"owner" LOGIN PASSWORD :'owner_password';
CREATE ROLE :"app" LOGIN PASSWORD :'app_password';
ALTER DATABASE :"db" OWNER TO :"owner";
GRANT CONNECT ON DATABASE :"db" TO :"app";
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
