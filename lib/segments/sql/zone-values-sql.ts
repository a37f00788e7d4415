import type { SegmentsDialectName } from '@/lib/db/dialects/segments-base';

// The distinct string values of the profiles' last-seen context.timezone in one workspace:
// the core then decides local hour / day of week once per zone (condition-sql.ts), so the
// database never does time-zone arithmetic. One parameter: the workspace id.
export const ZONE_VALUES_SQL: Record<SegmentsDialectName, string> = {
  sqlite: `SELECT DISTINCT json_extract("context", '$."timezone"') AS zone FROM "Profile"
    WHERE "workspaceId" = ?1 AND json_type("context", '$."timezone"') = 'text'`,
  postgres: `SELECT DISTINCT "context" ->> 'timezone' AS zone FROM "Profile"
    WHERE "workspaceId" = $1::text AND jsonb_typeof("context" -> 'timezone') = 'string'`,
};
