// The JSON body of GET /api/v1/schema, as the editor reads it. The type lives with the query
// (server-only); a type import is erased, so nothing of the server reaches the browser.
import type { DiscoveredSchemaSql } from '@/lib/db/queries/schema/discover-schema';

export type SchemaResponse = DiscoveredSchemaSql;
export type { FieldSummary, ValueType } from '@/lib/db/queries/schema/schema-tally';
