import { ApiClientError } from '@/components/hooks/api-client';

export type CsvKind = 'profiles' | 'events';

export interface ImportIssue {
  column?: string | null;
  path?: (string | number)[];
  code?: string;
  message: string;
}

export interface ImportReport {
  rows: number;
  accepted: number;
  duplicates?: number;
  rejected: { line: number; issues: ImportIssue[] }[];
  /** All rejected lines; `rejected` may list only the first ones. */
  rejectedCount?: number;
  columns: { name: string; type: string }[];
}

export interface ImportProgress {
  rows: number;
  accepted: number;
  rejected: number;
}

interface Handlers {
  /** 0..1 while the file goes up; null when the browser cannot tell the size. */
  onUpload(fraction: number | null): void;
  onUploaded(): void;
  onProgress(progress: ImportProgress): void;
}

function errorFrom(status: number, text: string): ApiClientError {
  try {
    const { error } = JSON.parse(text) as { error: { code: string; message: string; issues?: { path: (string | number)[]; message: string }[] } };
    return new ApiClientError(status, error.code, error.message, error.issues);
  } catch {
    return new ApiClientError(status, 'http_error', status === 0 ? 'The upload failed: network error.' : `The import failed (HTTP ${status}).`);
  }
}

/**
 * POSTs a CSV with XMLHttpRequest rather than fetch: only XHR reports upload progress
 * (`upload.onprogress`). The server's NDJSON answer is read as it streams in
 * (`onprogress` + responseText), one `progress` line per committed chunk, then `result`.
 */
export function uploadCsv(kind: CsvKind, file: Blob, handlers: Handlers, signal?: AbortSignal): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/import/${kind}`);
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.setRequestHeader('Accept', 'application/x-ndjson');
    xhr.withCredentials = true;

    let offset = 0;
    let result: ImportReport | null = null;
    let streamError: { code: string; message: string } | null = null;
    const isNdjson = () => (xhr.getResponseHeader('content-type') ?? '').includes('ndjson');
    const consume = (final: boolean) => {
      const text = xhr.responseText;
      for (;;) {
        const nl = text.indexOf('\n', offset);
        if (nl === -1 && !final) return;
        const end = nl === -1 ? text.length : nl;
        const line = text.slice(offset, end).trim();
        offset = end + 1;
        if (line) {
          try {
            const msg = JSON.parse(line) as { type: string; error?: { code: string; message: string } } & ImportProgress & ImportReport;
            if (msg.type === 'progress') handlers.onProgress({ rows: msg.rows, accepted: msg.accepted, rejected: msg.rejected });
            else if (msg.type === 'result') result = msg;
            else if (msg.type === 'error' && msg.error) streamError = msg.error;
          } catch {
            // A partial line is completed by the next chunk; only complete lines reach here.
          }
        }
        if (nl === -1) return;
      }
    };

    xhr.upload.onprogress = (e) => handlers.onUpload(e.lengthComputable ? e.loaded / e.total : null);
    xhr.upload.onload = () => handlers.onUploaded();
    xhr.onprogress = () => {
      if (xhr.status === 200 && isNdjson()) consume(false);
    };
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) return reject(errorFrom(xhr.status, xhr.responseText));
      if (!isNdjson()) {
        try {
          return resolve(JSON.parse(xhr.responseText) as ImportReport);
        } catch {
          return reject(errorFrom(xhr.status, ''));
        }
      }
      consume(true);
      if (result) {
        const { type: _type, ...report } = result as ImportReport & { type?: string };
        return resolve(report);
      }
      const failure = streamError as { code: string; message: string } | null;
      reject(new ApiClientError(500, failure?.code ?? 'incomplete', failure?.message ?? 'The import stopped before it reported a result.'));
    };
    xhr.onerror = () => reject(errorFrom(0, ''));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/** Data lines in a CSV, for a progress denominator (quoted line breaks make it an estimate). */
export async function estimateRows(file: Blob): Promise<number> {
  const text = await file.text();
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  if (text.length > 0 && !text.endsWith('\n')) lines++;
  return Math.max(0, lines - 1);
}
