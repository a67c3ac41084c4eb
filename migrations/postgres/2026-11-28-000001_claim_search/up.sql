-- SQLite's trigram search index for the claims list (see the SQLite migration of the same
-- name). PostgreSQL searches with the `pg_trgm` indexes of 2026-11-26-000003_list_indexes.
SELECT 1;
