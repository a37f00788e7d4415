import type { ArmResult, MetricResult } from '@/lib/experiments/results/types';
import type { Stat } from '@/lib/stats/stat';
import { cn } from '@/components/ui/cn';
import { isSignificant } from '@/lib/experiments/results/verdict';
import {
  DASH, formatChance, formatCount, formatLoss, formatInterval, formatMetricValue, formatPoints, formatPValue,
  formatSignedNumber, formatSignedPercent, reasonOf,
} from './format';

// The per-arm table: every number of the results, each undefined one as "—" with its reason
// as a tooltip. Lifts of a conversion metric are in percentage points (absolute) and %
// (relative); of a continuous metric in the metric's own unit.

const th = 'px-3 py-2 text-xs font-medium text-slate-500 whitespace-nowrap';
const td = 'px-3 py-2 tabular-nums whitespace-nowrap';

function Cell({ stat, children, testId, className }: { stat?: Stat<unknown> | null; children: React.ReactNode; testId: string; className?: string }) {
  return (
    <td className={cn(td, className)} title={reasonOf(stat)} data-testid={testId}>
      {children}
    </td>
  );
}

const val = (s: Stat | null | undefined) => (s && s.value !== null ? s.value : null);

export function ResultsTable({ result, caption }: { result: MetricResult; caption: string }) {
  const kind = result.metric.kind;
  const conversion = kind === 'conversion';
  const abs = (x: number) => (conversion ? formatPoints(x) : formatSignedNumber(x));
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-100 bg-slate-50/60">
          <tr>
            <th scope="col" className={th}>Arm</th>
            <th scope="col" className={cn(th, 'text-right')}>Users</th>
            <th scope="col" className={cn(th, 'text-right')}>{conversion ? 'Conversions' : 'With data'}</th>
            <th scope="col" className={cn(th, 'text-right')}>{conversion ? 'Rate' : 'Mean'}</th>
            <th scope="col" className={cn(th, 'text-right')}>{conversion ? 'Lift (pp)' : 'Difference'}</th>
            <th scope="col" className={th}>95 % CI</th>
            <th scope="col" className={cn(th, 'text-right')}>Lift (%)</th>
            <th scope="col" className={th}>95 % CI</th>
            <th scope="col" className={cn(th, 'text-right')}>p-value</th>
            {result.holm && <th scope="col" className={cn(th, 'text-right')}>Holm p</th>}
            <th scope="col" className={cn(th, 'text-right')}>Chance to beat control</th>
            <th scope="col" className={cn(th, 'text-right')} title="Rate points lost on average by shipping this arm if it is in fact worse">Expected loss</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {result.arms.map((arm) => (
            <ArmRow key={arm.key} arm={arm} kind={kind} holm={result.holm} abs={abs} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ArmRow({ arm, kind, holm, abs }: { arm: ArmResult; kind: 'conversion' | 'continuous'; holm: boolean; abs: (x: number) => string }) {
  const significant = !arm.control && isSignificant(arm);
  const lift = val(arm.absoluteLift);
  return (
    <tr data-testid={`arm-result-${arm.key}`} className={cn(significant && (lift ?? 0) > 0 && 'bg-emerald-50/60', significant && (lift ?? 0) < 0 && 'bg-red-50/60')}>
      <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap text-slate-900">
        {arm.name}
        <span className="ml-1.5 text-xs font-normal text-slate-500">{arm.control ? 'control' : `${arm.weight} %`}</span>
      </th>
      <Cell testId="users" className="text-right">{formatCount(arm.users)}</Cell>
      <Cell testId="conversions" className="text-right">{formatCount(kind === 'conversion' ? arm.conversions : arm.usersWithData)}</Cell>
      <Cell testId="rate" stat={arm.value} className="text-right font-medium">{formatMetricValue(val(arm.value), kind)}</Cell>
      {arm.control ? (
        <td colSpan={holm ? 8 : 7} className={cn(td, 'text-xs text-slate-400')}>baseline for the comparisons</td>
      ) : (
        <>
          <Cell testId="abs-lift" stat={arm.absoluteLift} className="text-right">{lift === null ? DASH : abs(lift)}</Cell>
          <Cell testId="abs-ci" stat={arm.absoluteLiftCi}>{formatInterval(arm.absoluteLiftCi, abs)}</Cell>
          <Cell testId="rel-lift" stat={arm.relativeLift} className="text-right">{formatSignedPercent(val(arm.relativeLift))}</Cell>
          <Cell testId="rel-ci" stat={arm.relativeLiftCi}>{formatInterval(arm.relativeLiftCi, (x) => formatSignedPercent(x))}</Cell>
          <Cell testId="p-value" stat={arm.pValue} className={cn('text-right', !holm && significant && 'font-semibold')}>{formatPValue(val(arm.pValue))}</Cell>
          {holm && <Cell testId="adjusted-p-value" stat={arm.adjustedPValue} className={cn('text-right', significant && 'font-semibold')}>{formatPValue(val(arm.adjustedPValue))}</Cell>}
          <Cell testId="chance" stat={arm.chanceToBeatControl} className="text-right">{formatChance(val(arm.chanceToBeatControl))}</Cell>
          <Cell testId="expected-loss" stat={arm.expectedLoss} className="text-right">{kind === 'conversion' ? formatLoss(val(arm.expectedLoss)) : DASH}</Cell>
        </>
      )}
    </tr>
  );
}
