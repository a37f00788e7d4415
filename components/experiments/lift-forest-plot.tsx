import type { MetricResult } from '@/lib/experiments/results/types';
import { isSignificant } from '@/lib/experiments/results/verdict';
import { ARM_COLORS, linearScale, niceTicks } from './chart-scale';
import { formatInterval, formatPoints, formatSignedNumber, formatSignedPercent } from './format';

// Forest plot: each variant's lift against the control with its 95 % interval, and the line
// of no difference. An interval that does not cross the line is significant at 95 % (before
// Holm, which the table shows). Conversion metrics plot the relative lift (its interval is
// asymmetric, as computed); continuous metrics the absolute difference.

const WIDTH = 640;
const ROW = 36;
const LEFT = 140;
const RIGHT = 24;
const TOP = 12;
const AXIS = 28;

export function LiftForestPlot({ result }: { result: MetricResult }) {
  const relative = result.metric.kind === 'conversion';
  const rows = result.arms
    .map((arm, index) => ({ arm, index }))
    .filter(({ arm }) => !arm.control)
    .map(({ arm, index }) => {
      const point = relative ? arm.relativeLift : arm.absoluteLift;
      const ci = relative ? arm.relativeLiftCi : arm.absoluteLiftCi;
      return { arm, color: ARM_COLORS[index % ARM_COLORS.length], point: point?.value ?? null, ci: ci?.value ?? null, ciStat: ci };
    });
  const values = rows.flatMap((r) => (r.ci ? [r.ci.lower, r.ci.upper] : r.point !== null ? [r.point] : []));
  const extent = Math.max(1e-9, ...values.map(Math.abs));
  const domain: [number, number] = [-extent * 1.1, extent * 1.1];
  const x = linearScale(domain, [LEFT, WIDTH - RIGHT]);
  const height = TOP + rows.length * ROW + AXIS;
  const fmt = (v: number) => (relative ? formatSignedPercent(v, 0) : formatSignedNumber(v));
  const label = (v: number) => (relative ? formatSignedPercent(v, 1) : result.metric.kind === 'conversion' ? formatPoints(v) : formatSignedNumber(v));
  const summary = rows.map((r) => `${r.arm.name}: ${r.point === null ? 'no estimate' : label(r.point)} (95 % CI ${formatInterval(r.ciStat, label)})`).join('; ');
  return (
    <figure>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="w-full max-w-3xl" role="img" aria-label={`${relative ? 'Relative lift' : 'Difference'} against control with 95 % intervals. ${summary}`} data-testid="forest-plot">
        {niceTicks(domain[0], domain[1]).map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={TOP} y2={height - AXIS} stroke={t === 0 ? '#334155' : '#e2e8f0'} strokeWidth={t === 0 ? 1.5 : 1} strokeDasharray={t === 0 ? undefined : '3 3'} />
            <text x={x(t)} y={height - AXIS + 16} textAnchor="middle" className="fill-slate-500 text-[11px]">{fmt(t)}</text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = TOP + i * ROW + ROW / 2;
          const strong = isSignificant(r.arm);
          return (
            <g key={r.arm.key}>
              <text x={LEFT - 10} y={y + 4} textAnchor="end" className="fill-slate-700 text-[12px] font-medium">{r.arm.name}</text>
              {r.ci && <line x1={x(r.ci.lower)} x2={x(r.ci.upper)} y1={y} y2={y} stroke={r.color} strokeWidth={strong ? 4 : 2.5} strokeLinecap="round" />}
              {r.point !== null && <circle cx={x(r.point)} cy={y} r={5} fill={r.color} stroke="white" strokeWidth={1.5} />}
              <title>{`${r.arm.name}: ${r.point === null ? 'no estimate' : label(r.point)}, 95 % CI ${formatInterval(r.ciStat, label)}`}</title>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-xs text-slate-500">
        Dots: {relative ? 'relative lift' : 'difference in the mean'} against the control; bars: 95 % confidence intervals. A bar that does not cross the dark line is significant at 95 %{result.holm ? ' before the Holm correction' : ''}.
      </figcaption>
    </figure>
  );
}
