import type { Interval, Stat } from '@/lib/stats/stat';

// How the results page writes numbers. Pure, so the UI test formats lib/stats' own output with
// the same functions and compares strings. Rates and lifts in %, absolute lifts in percentage
// points (pp), p-values with 3 significant digits ("< 0.0001" below that).

export const DASH = '—';

export function formatPercent(x: number | null | undefined, digits = 2): string {
  return x === null || x === undefined ? DASH : `${(x * 100).toFixed(digits)} %`;
}

export function formatSignedPercent(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined) return DASH;
  const text = (x * 100).toFixed(digits);
  return `${x > 0 && Number(text) !== 0 ? '+' : ''}${text} %`;
}

export function formatPoints(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined) return DASH;
  const text = (x * 100).toFixed(digits);
  return `${x > 0 && Number(text) !== 0 ? '+' : ''}${text} pp`;
}

export function formatMetricValue(x: number | null | undefined, kind: 'conversion' | 'continuous'): string {
  if (x === null || x === undefined) return DASH;
  return kind === 'conversion' ? formatPercent(x) : formatNumberValue(x);
}

function formatNumberValue(x: number | null | undefined): string {
  if (x === null || x === undefined) return DASH;
  return new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 }).format(x);
}

export function formatSignedNumber(x: number | null | undefined): string {
  if (x === null || x === undefined) return DASH;
  return `${x > 0 ? '+' : ''}${formatNumberValue(x)}`;
}

export function formatInterval(ci: Stat<Interval> | null | undefined, as: (x: number) => string): string {
  if (!ci || ci.value === null) return DASH;
  return `${as(ci.value.lower)} to ${as(ci.value.upper)}`;
}

export function formatPValue(p: number | null | undefined): string {
  if (p === null || p === undefined) return DASH;
  if (p < 0.0001) return '< 0.0001';
  return p.toPrecision(3);
}

export function formatChance(x: number | null | undefined): string {
  if (x === null || x === undefined) return DASH;
  if (x > 0.999) return '> 99.9 %';
  if (x < 0.001) return '< 0.1 %';
  return `${(x * 100).toFixed(1)} %`;
}

export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined ? DASH : new Intl.NumberFormat('en-US').format(n);
}

/** The reason a statistic is undefined, for a tooltip. */
export function reasonOf(stat: Stat<unknown> | null | undefined): string | undefined {
  return stat && stat.value === null && 'reason' in stat ? stat.reason : undefined;
}

/** Expected loss: rate points, never signed. */
export function formatLoss(x: number | null | undefined): string {
  return x === null || x === undefined ? DASH : `${(x * 100).toFixed(3)} pp`;
}

/** "p = 0.0312" or "p < 0.0001". */
export function formatPEquals(p: number | null | undefined): string {
  const text = formatPValue(p);
  return text.startsWith('<') ? `p ${text}` : `p = ${text}`;
}
