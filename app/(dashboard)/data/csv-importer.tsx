'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { ApiClientError, errorMessage } from '@/components/hooks/api-client';
import { estimateRows, uploadCsv, type CsvKind, type ImportProgress, type ImportReport as Report } from '@/components/csv-import/upload-csv';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { formatNumber } from '@/components/ui/format';
import { DownloadIcon, UploadIcon } from '@/components/ui/icons';
import { ProgressBar } from '@/components/ui/progress-bar';
import { ImportReport } from './import-report';

const KINDS: Record<CsvKind, { label: string; columns: string }> = {
  profiles: { label: 'Profiles', columns: 'externalId (required), traits.*, consent.analytics|personalization|marketing, context.*' },
  events: { label: 'Events', columns: 'externalId and event (required), timestamp (ISO-8601 with offset), messageId, properties.*, context.*' },
};

type Phase =
  | { step: 'idle' }
  | { step: 'uploading'; fraction: number | null }
  | { step: 'importing'; progress: ImportProgress | null; estimate: number }
  | { step: 'done'; report: Report }
  | { step: 'failed'; message: string; issues: string[] };

function formatBytes(n: number) {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function CsvImporter({ canImport }: { canImport: boolean }) {
  const router = useRouter();
  const [kind, setKind] = useState<CsvKind>('profiles');
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const abortRef = useRef<AbortController | null>(null);
  const busy = phase.step === 'uploading' || phase.step === 'importing';

  const pick = (f: File | null) => {
    setFile(f);
    setPhase({ step: 'idle' });
  };

  const start = async () => {
    if (!file) return;
    const controller = new AbortController();
    abortRef.current = controller;
    const estimate = await estimateRows(file);
    setPhase({ step: 'uploading', fraction: 0 });
    try {
      const report = await uploadCsv(
        kind,
        file,
        {
          onUpload: (fraction) => setPhase({ step: 'uploading', fraction }),
          onUploaded: () => setPhase({ step: 'importing', progress: null, estimate }),
          onProgress: (progress) => setPhase({ step: 'importing', progress, estimate }),
        },
        controller.signal,
      );
      setPhase({ step: 'done', report });
      router.refresh(); // the counts above
    } catch (error) {
      const cancelled = (error as Error).name === 'AbortError';
      setPhase({
        step: 'failed',
        message: cancelled ? 'Import cancelled. Lines already committed stay imported.' : errorMessage(error),
        // e.g. the header's problems, one per column
        issues: error instanceof ApiClientError ? error.issues.map((i) => i.message) : [],
      });
    }
  };

  return (
    <Card aria-labelledby="import-title">
      <CardHeader id="import-title" title="Import a CSV" description="One row per profile or event. Each column's type is inferred from its values and reported; a value that does not fit rejects its line." />
      <CardBody className="space-y-5">
        <div role="tablist" aria-label="What the file contains" className="inline-flex gap-1 rounded-lg bg-slate-100 p-1">
          {(Object.keys(KINDS) as CsvKind[]).map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              aria-selected={kind === k}
              disabled={busy}
              onClick={() => {
                setKind(k);
                setPhase({ step: 'idle' });
              }}
              className={cn('rounded-md px-4 py-1.5 text-sm font-medium transition-colors', kind === k ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900')}
            >
              {KINDS[k].label}
            </button>
          ))}
        </div>
        <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
          <p className="text-slate-600">
            Columns: <span className="font-mono text-xs text-slate-800">{KINDS[kind].columns}</span>
          </p>
          <a href={`/samples/${kind}.csv`} download className="inline-flex items-center gap-1.5 font-medium text-brand-600 hover:text-brand-700">
            <DownloadIcon className="size-4" /> Sample {kind} CSV
          </a>
        </div>

        {!canImport ? (
          <Alert tone="info">Your role can look at data but not import it. Owners and editors can import.</Alert>
        ) : (
          <>
            <label
              htmlFor="csv-file"
              onDragOver={(e) => {
                e.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={(e) => {
                e.preventDefault();
                setDragging(false);
                if (!busy) pick(e.dataTransfer.files[0] ?? null);
              }}
              className={cn(
                'flex cursor-pointer flex-col items-center justify-center rounded-xl border-2 border-dashed px-6 py-8 text-center transition-colors',
                dragging ? 'border-brand-400 bg-brand-50' : 'border-slate-300 hover:border-slate-400 hover:bg-slate-50',
                busy && 'pointer-events-none opacity-60',
              )}
            >
              <UploadIcon className="mb-2 size-7 text-slate-400" />
              {file ? (
                <span className="text-sm">
                  <span className="font-medium text-slate-900">{file.name}</span> <span className="text-slate-500">· {formatBytes(file.size)}</span>
                </span>
              ) : (
                <span className="text-sm text-slate-600">
                  <span className="font-medium text-brand-600">Choose a CSV file</span> or drop it here
                </span>
              )}
              <span className="mt-1 text-xs text-slate-500">UTF-8, comma-separated, first line names the columns. Up to 50 MB.</span>
              <input
                id="csv-file"
                type="file"
                accept=".csv,text/csv"
                className="sr-only"
                aria-label={`CSV file of ${kind}`}
                disabled={busy}
                onChange={(e) => pick(e.target.files?.[0] ?? null)}
              />
            </label>
            <div className="flex flex-wrap items-center gap-3">
              <Button onClick={start} disabled={!file || busy} pending={busy}>
                Import {kind}
              </Button>
              {busy && (
                <Button variant="ghost" onClick={() => abortRef.current?.abort()}>
                  Cancel
                </Button>
              )}
            </div>
            <ImportProgressView phase={phase} />
          </>
        )}
        {phase.step === 'failed' && (
          <Alert tone="error" title="The import did not complete">
            <p>{phase.message}</p>
            {phase.issues.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {phase.issues.map((issue, i) => (
                  <li key={i}>{issue}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
        {phase.step === 'done' && <ImportReport report={phase.report} kind={kind} />}
      </CardBody>
    </Card>
  );
}

function ImportProgressView({ phase }: { phase: Phase }) {
  if (phase.step === 'uploading') {
    return (
      <div className="space-y-1.5" data-testid="upload-progress">
        <div className="flex justify-between text-xs text-slate-600">
          <span>Uploading…</span>
          <span>{phase.fraction === null ? '' : `${Math.round(phase.fraction * 100)}%`}</span>
        </div>
        <ProgressBar value={phase.fraction} label="Upload progress" />
      </div>
    );
  }
  if (phase.step === 'importing') {
    const done = phase.progress?.rows ?? 0;
    // Never show 100% before the result arrives: the estimate counts raw lines.
    const fraction = phase.estimate > 0 ? Math.min(0.99, done / phase.estimate) : null;
    return (
      <div className="space-y-1.5" data-testid="import-progress">
        <div className="flex justify-between text-xs text-slate-600">
          <span>Importing… {formatNumber(done)} of about {formatNumber(phase.estimate)} rows</span>
          {phase.progress && (
            <span>
              {formatNumber(phase.progress.accepted)} accepted · {formatNumber(phase.progress.rejected)} rejected
            </span>
          )}
        </div>
        <ProgressBar value={phase.progress ? fraction : null} label="Import progress" />
      </div>
    );
  }
  return null;
}
