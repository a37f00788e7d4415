-- No change on PostgreSQL: it keeps "Event_workspaceId_name_timestamp_idx", which the SQL
-- engine's name + time range scans use. On SQLite this migration replaces that index with
-- ("workspaceId", "name") (see prisma/schema.prisma and docs/DATABASE.md). This file keeps
-- the two folders numbered alike.
SELECT 1;
