// POST /api/v1/import/profiles — CSV of profiles (externalId, traits.*, consent.*, context.*)
import { csvImportRoute } from '@/lib/ingest/csv/csv-import-route';

export const POST = csvImportRoute('profiles');
