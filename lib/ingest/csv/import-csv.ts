import { ApiError } from '@/lib/api/errors';
import { INGEST_LIMITS } from '@/lib/validations/ingest';
import { enrichContexts } from '../enrich-batch';
import type { EventWrite, ProfileWrite } from '../types';
import { writeIngestBatch } from '../write-batch';
import { parseCsvHeader, type CsvColumn, type CsvKind } from './csv-columns';
import { csvRowToRecord, type CsvIssue } from './csv-row-to-record';
import { inferColumnTypes } from './infer-column-types';
import { parseCsvText, type CsvRow } from './parse-csv-text';
import type { ValueType } from './value-types';

// CSV import: the header and the column types are settled for the whole file first (a bad
// header fails the request with 422 before anything is written), then the rows are written
// in chunks, each chunk one transaction through the same writer as the JSON routes.
export const MAX_LISTED_REJECTIONS = 1000;

export interface CsvImportPlan {
  kind: CsvKind;
  columns: CsvColumn[];
  types: ValueType[];
  width: number;
  rows: CsvRow[];
}

export interface CsvImportProgress {
  rows: number;
  accepted: number;
  rejected: number;
}

export interface CsvImportReport {
  rows: number;
  accepted: number;
  /** Events only: rows whose messageId was already stored or repeated earlier in the file. */
  duplicates?: number;
  /** The first MAX_LISTED_REJECTIONS rejected lines; rejectedCount has them all. */
  rejected: { line: number; issues: CsvIssue[] }[];
  rejectedCount: number;
  columns: { name: string; type: ValueType }[];
}

export function planCsvImport(kind: CsvKind, text: string, delimiter: string): CsvImportPlan {
  const parsed = parseCsvText(text, delimiter);
  if (!parsed.header) throw new ApiError('validation_failed', 'The CSV is empty: the first line must name the columns.');
  const { columns, issues } = parseCsvHeader(parsed.header, kind);
  if (issues.length > 0) throw new ApiError('validation_failed', `The CSV header (line ${parsed.headerLine}) has problems.`, issues);
  return { kind, columns, types: inferColumnTypes(columns, parsed.rows), width: parsed.header.length, rows: parsed.rows };
}

export async function runCsvImport(
  workspaceId: string,
  plan: CsvImportPlan,
  receivedAt: number,
  onProgress?: (progress: CsvImportProgress) => void,
): Promise<CsvImportReport> {
  const report: CsvImportReport = {
    rows: 0,
    accepted: 0,
    ...(plan.kind === 'events' ? { duplicates: 0 } : {}),
    rejected: [],
    rejectedCount: 0,
    columns: plan.columns.map((c, i) => ({ name: c.name, type: plan.types[i] })),
  };
  for (let start = 0; start < plan.rows.length; start += INGEST_LIMITS.csvChunkRows) {
    const chunk = plan.rows.slice(start, start + INGEST_LIMITS.csvChunkRows);
    const good: (ProfileWrite | EventWrite)[] = [];
    for (const row of chunk) {
      const result = csvRowToRecord(plan.kind, row, plan.columns, plan.types, plan.width, receivedAt);
      if (result.ok) good.push(result.value);
      else {
        report.rejectedCount++;
        if (report.rejected.length < MAX_LISTED_REJECTIONS) report.rejected.push({ line: row.line, issues: result.issues });
      }
    }
    await enrichContexts(good);
    if (plan.kind === 'profiles') {
      await writeIngestBatch(workspaceId, { profiles: good as ProfileWrite[], events: [], receivedAt });
      report.accepted += good.length;
    } else {
      const written = await writeIngestBatch(workspaceId, { profiles: [], events: good as EventWrite[], receivedAt });
      report.accepted += written.eventsInserted;
      report.duplicates! += written.duplicates;
    }
    report.rows += chunk.length;
    if (onProgress) {
      onProgress({ rows: report.rows, accepted: report.accepted, rejected: report.rejectedCount });
      // SQLite writes are synchronous: without a turn of the event loop the progress lines
      // would only reach the socket together with the result.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return report;
}
