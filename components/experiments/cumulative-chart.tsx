import type { SeriesPoint } from '@/lib/experiments/results/types';
import { ARM_COLORS, linearScale, niceTicks } from './chart-scale';
import { formatPercent } from './format';

// Cumulative conversion rate per arm by day: on each day, converters so far over users
// exposed so far. Lines that cross and settle are normal early on; read the table, not the
// chart, for decisions.

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 48, right: 16, top: 12, bottom: 28 };

export function CumulativeChart({ series, arms }: { series: SeriesPoint[]; arms: { key: string; name: string }[] }) {
  if (series.length === 0) return <p className="text-sm text-slate-500">No exposures yet.</p>;
  const rates = series.flatMap((p) => arms.map((a) => p.arms[a.key]?.rate ?? null)).filter((r): r is number => r !== null);
  const top = Math.max(0.001, ...rates) * 1.1;
  const x = linearScale([0, Math.max(1, series.length - 1)], [PAD.left, WIDTH - PAD.right]);
  const y = linearScale([0, top], [HEIGHT - PAD.bottom, PAD.top]);
  const every = Math.max(1, Math.ceil(series.length / 6));
  const last = series.at(-1)!;
  const summary = arms.map((a) => `${a.name} ${formatPercent(last.arms[a.key]?.rate ?? null)}`).join(', ');
  return (
    <figure>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full max-w-3xl" role="img" aria-label={`Cumulative conversion rate per day from ${series[0].date} to ${last.date}. Latest: ${summary}.`} data-testid="cumulative-chart">
        {niceTicks(0, top, 4).map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} stroke="#e2e8f0" />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" className="fill-slate-500 text-[11px]">{formatPercent(t, t < 0.1 ? 1 : 0)}</text>
          </g>
        ))}
        {series.map((p, i) => (i % every === 0 || i === series.length - 1 ? (
          <text key={p.date} x={x(i)} y={HEIGHT - 8} textAnchor="middle" className="fill-slate-500 text-[11px]">{p.date.slice(5)}</text>
        ) : null))}
        {arms.map((a, ai) => {
          const points = series.flatMap((p, i) => {
            const r = p.arms[a.key]?.rate;
            return r === null || r === undefined ? [] : [`${x(i).toFixed(1)},${y(r).toFixed(1)}`];
          });
          const color = ARM_COLORS[ai % ARM_COLORS.length];
          return points.length === 1 ? (
            <circle key={a.key} cx={points[0].split(',')[0]} cy={points[0].split(',')[1]} r={3} fill={color} />
          ) : (
            <polyline key={a.key} points={points.join(' ')} fill="none" stroke={color} strokeWidth={2} strokeLinejoin="round" />
          );
        })}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        {arms.map((a, ai) => (
          <span key={a.key} className="inline-flex items-center gap-1.5">
            <span className="inline-block h-0.5 w-4" style={{ backgroundColor: ARM_COLORS[ai % ARM_COLORS.length] }} aria-hidden />
            {a.name}: {formatPercent(last.arms[a.key]?.rate ?? null)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
