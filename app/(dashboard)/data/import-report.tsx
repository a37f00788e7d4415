import type { CsvKind, ImportIssue, ImportReport as Report } from '@/components/csv-import/upload-csv';
import { Alert } from '@/components/ui/alert';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { formatNumber } from '@/components/ui/format';

const TYPE_TONE: Record<string, BadgeTone> = { number: 'blue', boolean: 'brand', date: 'amber', string: 'gray' };

function issueText(issue: ImportIssue) {
  const where = issue.column ?? (issue.path && issue.path.length ? issue.path.join('.') : null);
  // Messages often name their column already ("traits.age: … is not a number").
  return { where: where && !issue.message.startsWith(`${where}:`) ? where : null, message: issue.message };
}

/** The outcome of one import: totals, the type each column got, and every rejected line with its reasons. */
export function ImportReport({ report, kind }: { report: Report; kind: CsvKind }) {
  const rejectedCount = report.rejectedCount ?? report.rejected.length;
  const totals = [
    { label: 'Rows', value: report.rows, tone: 'text-slate-900' },
    { label: 'Accepted', value: report.accepted, tone: 'text-emerald-700' },
    { label: 'Rejected', value: rejectedCount, tone: rejectedCount ? 'text-red-700' : 'text-slate-900' },
    ...(report.duplicates !== undefined ? [{ label: 'Duplicates', value: report.duplicates, tone: 'text-slate-900' }] : []),
  ];
  return (
    <section aria-labelledby="report-title" className="space-y-5 rounded-xl border border-slate-200 bg-slate-50/50 p-5" data-testid="import-report">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="report-title" className="text-base font-semibold text-slate-900">
          Import report
        </h3>
        {rejectedCount === 0 ? <Badge tone="green">All {kind} imported</Badge> : <Badge tone="amber">{formatNumber(rejectedCount)} lines need attention</Badge>}
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {totals.map((t) => (
          <div key={t.label} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
            <dt className="text-xs text-slate-500">{t.label}</dt>
            <dd className={`text-xl font-semibold ${t.tone}`} data-testid={`report-${t.label.toLowerCase()}`}>
              {formatNumber(t.value)}
            </dd>
          </div>
        ))}
      </dl>
      <div>
        <h4 className="mb-2 text-sm font-medium text-slate-700">Column types</h4>
        <ul aria-label="Inferred column types" className="flex flex-wrap gap-2">
          {report.columns.map((c) => (
            <li key={c.name} className="inline-flex items-center gap-1.5 rounded-lg border border-slate-200 bg-white px-2.5 py-1 text-xs">
              <span className="font-mono text-slate-800">{c.name}</span>
              <Badge tone={TYPE_TONE[c.type] ?? 'gray'}>{c.type}</Badge>
            </li>
          ))}
        </ul>
      </div>
      {rejectedCount > 0 && (
        <div>
          <h4 className="mb-2 text-sm font-medium text-slate-700">Rejected lines</h4>
          <div className="max-h-96 overflow-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Rejected lines and their reasons</caption>
              <thead className="sticky top-0 bg-slate-50 text-xs text-slate-500">
                <tr>
                  <th scope="col" className="w-20 px-4 py-2 font-medium">Line</th>
                  <th scope="col" className="px-4 py-2 font-medium">Reasons</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {report.rejected.map((r) => (
                  <tr key={r.line} data-testid="rejected-line">
                    <td className="px-4 py-2 align-top font-mono text-xs text-slate-700">{r.line}</td>
                    <td className="px-4 py-2">
                      <ul className="space-y-0.5">
                        {r.issues.map((issue, i) => {
                          const { where, message } = issueText(issue);
                          return (
                            <li key={i} className="text-slate-700">
                              {where && <span className="mr-1.5 font-mono text-xs text-slate-500">{where}:</span>}
                              {message}
                            </li>
                          );
                        })}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rejectedCount > report.rejected.length && (
            <Alert tone="info" className="mt-2">
              Showing the first {formatNumber(report.rejected.length)} of {formatNumber(rejectedCount)} rejected lines. Fix them and import a file with just those lines.
            </Alert>
          )}
        </div>
      )}
    </section>
  );
}
