'use client';

import { useExperimentResultsQuery } from '@/components/hooks/queries/use-experiment-query';
import { errorMessage } from '@/components/hooks/api-client';
import { Alert } from '@/components/ui/alert';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { SkeletonRows } from '@/components/ui/skeleton';
import type { ExperimentResults } from '@/lib/experiments/results/types';
import { experimentVerdict, type VerdictTone } from '@/lib/experiments/results/verdict';
import { CumulativeChart } from './cumulative-chart';
import { formatCount, formatPEquals, formatPercent } from './format';
import { LiftForestPlot } from './lift-forest-plot';
import { ResultsTable } from './results-table';
import { SampleSizePanel } from './sample-size-panel';

const VERDICT_LOOK: Record<VerdictTone, string> = {
  winner: 'border-emerald-200 bg-emerald-50 text-emerald-900',
  loser: 'border-sky-200 bg-sky-50 text-sky-900',
  inconclusive: 'border-slate-200 bg-slate-50 text-slate-800',
  warning: 'border-amber-300 bg-amber-50 text-amber-900',
  waiting: 'border-slate-200 bg-white text-slate-700',
};

export function ResultsView({ experimentId }: { experimentId: string }) {
  const query = useExperimentResultsQuery(experimentId);
  if (query.isError) return <Alert tone="error">{errorMessage(query.error)}</Alert>;
  if (!query.data) return <SkeletonRows rows={6} label="Computing results" />;
  return <Results results={query.data} updating={query.isFetching} />;
}

function Results({ results, updating }: { results: ExperimentResults; updating: boolean }) {
  const verdict = experimentVerdict(results);
  const { primary, srm } = results;
  const arms = primary.arms.map((a) => ({ key: a.key, name: a.name }));
  return (
    <div className="space-y-6" aria-busy={updating || undefined}>
      <section role="status" className={cn('rounded-xl border px-5 py-4', VERDICT_LOOK[verdict.tone])} data-testid="verdict">
        <p className="text-lg font-semibold">{verdict.headline}</p>
        <p className="mt-1 text-sm">{verdict.detail}</p>
        <p className="mt-2 text-xs opacity-75">
          {formatCount(results.exposures)} users exposed · computed {new Date(results.computedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC
        </p>
      </section>

      {srm.mismatch && (
        <Alert tone="warning" title="Sample-ratio mismatch" className="text-sm" >
          <span data-testid="srm-warning">
            The split does not match the configured weights (χ² = {srm.statistic.value?.toFixed(2)}, {formatPEquals(srm.pValue.value)}, below 0.001
            {srm.since ? `, exposures since the last weight change on ${srm.since.slice(0, 10)}` : ''}): {srm.arms.map((a) => `${a.key} ${formatCount(a.observed)} seen vs ${formatCount(Math.round(a.expected))} expected`).join(', ')}.
            Check that every arm is served and its exposure recorded the same way (caching, redirects, bots, consent handled differently per arm).
          </span>
        </Alert>
      )}

      <Card data-testid="primary-results">
        <CardHeader title={`Primary metric: ${primary.label}`} description={primary.metric.kind === 'conversion' ? 'Share of exposed users who converted within the window after their first exposure.' : primary.metric.aggregate === 'sum' ? 'Total per exposed user (0 for users without the event).' : 'Mean per user, over users with at least one value.'} />
        <ResultsTable result={primary} caption={`Results for ${primary.label}`} />
        {primary.holm && (
          <CardBody className="border-t border-slate-100 text-xs text-slate-600" >
            <span data-testid="holm-note">With {primary.arms.length - 1} variants compared with the control, the chance of a false winner grows; the Holm-adjusted p-value corrects for it and decides significance here.</span>
          </CardBody>
        )}
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title="Lift with 95 % intervals" />
          <CardBody><LiftForestPlot result={primary} /></CardBody>
        </Card>
        <Card>
          <CardHeader title={primary.metric.kind === 'conversion' ? 'Cumulative conversion rate' : 'Exposed users over time'} />
          <CardBody>
            {primary.metric.kind === 'conversion' ? (
              <CumulativeChart series={results.series} arms={arms} />
            ) : (
              <p className="text-sm text-slate-600">{results.series.length ? `${results.series.length} days of exposures since ${results.series[0].date}.` : 'No exposures yet.'}</p>
            )}
          </CardBody>
        </Card>
      </div>

      <SampleSizePanel results={results} />

      <Card>
        <CardHeader title="Traffic split" description="Observed exposures against the configured weights (sample-ratio check, chi-square; flagged below p = 0.001)." />
        <CardBody className="text-sm text-slate-700">
          <ul className="flex flex-wrap gap-x-6 gap-y-1" data-testid="srm-summary">
            {srm.arms.map((a) => (
              <li key={a.key}>
                <span className="font-medium">{a.key}</span> {formatCount(a.observed)} ({results.exposures ? formatPercent(a.observed / Math.max(1, srm.arms.reduce((s, x) => s + x.observed, 0)), 1) : '—'} vs {a.weight} %)
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-slate-500">
            {srm.pValue.value === null ? `p: — (${srm.pValue.reason})` : formatPEquals(srm.pValue.value)}
            {srm.lowExpectedCounts ? ' · few users yet: the check is rough' : ''}
            {srm.since ? ` · counted since the weights changed on ${srm.since.slice(0, 10)}` : ''}
          </p>
        </CardBody>
      </Card>

      {results.segments.length > 0 && (
        <Card>
          <CardHeader title="By segment" description="The same comparison within each segment the users were in when first exposed. Smaller samples: expect wider intervals, and treat differences between segments as hypotheses." />
          <div className="divide-y divide-slate-100">
            {results.segments.map((s) => (
              <section key={s.segmentKey ?? '∅'} className="py-3" data-testid={`segment-${s.segmentKey ?? 'none'}`} aria-label={`Segment ${s.segmentKey ?? 'none'}`}>
                <h3 className="px-5 pb-1 text-sm font-semibold text-slate-900">
                  {s.segmentKey ? <span className="font-mono">{s.segmentKey}</span> : 'No segment'} <span className="font-normal text-slate-500">· {formatCount(s.users)} users</span>
                </h3>
                <ResultsTable result={s.primary} caption={`Results in segment ${s.segmentKey ?? 'none'}`} />
              </section>
            ))}
          </div>
        </Card>
      )}

      {results.secondary.map((m, i) => (
        <Card key={i}>
          <CardHeader title={`Secondary: ${m.label}`} description="Exploratory: not corrected jointly with the primary metric." />
          <ResultsTable result={m} caption={`Results for ${m.label}`} />
        </Card>
      ))}
    </div>
  );
}
