import { readCsv } from '@/lib/api/body';
import { ApiError } from '@/lib/api/errors';
import { withAuth } from '@/lib/api/with-auth';
import { INGEST_LIMITS } from '@/lib/validations/ingest';
import { ndjsonResponse, wantsNdjson } from '../ndjson-response';
import type { CsvKind } from './csv-columns';
import { planCsvImport, runCsvImport } from './import-csv';

// The handler both CSV import routes share. `?delimiter=` picks the separator (comma by
// default); `Accept: application/x-ndjson` streams progress lines as chunks commit.
const DELIMITERS: Record<string, string> = { ',': ',', comma: ',', ';': ';', semicolon: ';', '\t': '\t', tab: '\t', '|': '|', pipe: '|' };

export function csvImportRoute(kind: CsvKind) {
  return withAuth(
    async ({ req, workspaceId }) => {
      const receivedAt = Date.now();
      const delimiter = DELIMITERS[new URL(req.url).searchParams.get('delimiter') ?? ','];
      if (!delimiter) {
        throw new ApiError('validation_failed', 'delimiter must be comma, semicolon, tab or pipe.', [
          { path: ['delimiter'], message: 'unknown delimiter', code: 'invalid_value' },
        ]);
      }
      const plan = planCsvImport(kind, await readCsv(req, INGEST_LIMITS.maxCsvBodyBytes), delimiter);
      if (!wantsNdjson(req)) return Response.json(await runCsvImport(workspaceId, plan, receivedAt));
      return ndjsonResponse(async (send) => {
        const report = await runCsvImport(workspaceId, plan, receivedAt, (progress) => send({ type: 'progress', ...progress }));
        send({ type: 'result', ...report });
      });
    },
    { permission: 'ingest' },
  );
}
