import type { Stat } from '@/lib/stats/stat';
import type { ArmResult, ExperimentResults, MetricResult } from './types';

// What the results mean, in words a marketer acts on. Significance reads the Holm-adjusted
// p-value (the plain one with a single treatment) at 5 %; the sample-ratio check overrides
// everything, because a broken split makes every other number untrustworthy.

const ALPHA = 0.05;

export type VerdictTone = 'winner' | 'loser' | 'inconclusive' | 'warning' | 'waiting';

export interface Verdict {
  tone: VerdictTone;
  headline: string;
  detail: string;
}

const v = (s: Stat | null | undefined) => (s && s.value !== null ? s.value : null);

export function isSignificant(arm: ArmResult): boolean {
  const p = v(arm.adjustedPValue);
  return p !== null && p < ALPHA;
}

function percent(x: number, digits = 1): string {
  return `${x > 0 ? '+' : ''}${(x * 100).toFixed(digits)} %`;
}

function changeText(arm: ArmResult, metric: MetricResult): string {
  const rel = v(arm.relativeLift);
  if (rel !== null) return `${percent(rel)} ${metric.metric.kind === 'conversion' ? 'conversion' : metric.label}`;
  const abs = v(arm.absoluteLift);
  return abs === null ? 'a change' : `${abs > 0 ? '+' : ''}${abs.toPrecision(3)} ${metric.label}`;
}

export function metricVerdict(metric: MetricResult): Verdict {
  const [control, ...treatments] = metric.arms;
  if (control.users === 0 || treatments.every((t) => t.users === 0)) {
    return { tone: 'waiting', headline: 'Waiting for data', detail: 'No visitor has been exposed to both the control and a variant yet.' };
  }
  const correction = metric.holm ? ' (after correcting for comparing several variants)' : '';
  const winners = treatments.filter((t) => isSignificant(t) && (v(t.absoluteLift) ?? 0) > 0);
  if (winners.length > 0) {
    const best = winners.reduce((a, b) => ((v(b.absoluteLift) ?? 0) > (v(a.absoluteLift) ?? 0) ? b : a));
    return {
      tone: 'winner',
      headline: `${best.name} is winning: ${changeText(best, metric)} against ${control.name}`,
      detail: `The difference is statistically significant at 95 % confidence${correction}. It is unlikely to be chance.`,
    };
  }
  const losers = treatments.filter((t) => isSignificant(t) && (v(t.absoluteLift) ?? 0) < 0);
  if (losers.length === treatments.length) {
    return {
      tone: 'loser',
      headline: `${control.name} is winning: ${treatments.length > 1 ? 'every variant does worse' : `${losers[0].name} does worse (${changeText(losers[0], metric)})`}`,
      detail: `The difference is statistically significant at 95 % confidence${correction}. Keep ${control.name}.`,
    };
  }
  return {
    tone: 'inconclusive',
    headline: 'Inconclusive so far',
    detail: `No variant differs from ${control.name} at 95 % confidence${correction}${losers.length ? `, except ${losers.map((l) => l.name).join(', ')}, which does worse` : ''}. The true difference may be small or zero: keep the experiment running until the planned sample is reached, and do not stop it the moment a result looks good.`,
  };
}

/** The headline of the results page: the primary metric's verdict, unless the split is broken. */
export function experimentVerdict(results: ExperimentResults): Verdict {
  if (results.srm.mismatch) {
    return {
      tone: 'warning',
      headline: 'Do not trust these results yet: the traffic split is off',
      detail: `The arms received a different share of visitors than configured (sample-ratio mismatch, p = ${results.srm.pValue.value?.toPrecision(2)}). This usually means a bug in how visitors are assigned or counted; fix it before reading any lift.`,
    };
  }
  return metricVerdict(results.primary);
}
