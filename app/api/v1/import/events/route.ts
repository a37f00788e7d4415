// POST /api/v1/import/events — CSV of events (externalId, event, timestamp, messageId, properties.*, context.*)
import { csvImportRoute } from '@/lib/ingest/csv/csv-import-route';

export const POST = csvImportRoute('events');
