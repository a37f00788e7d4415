'use client';

import { sampleSizePerArm } from '@/lib/stats/sample-size';
import { describedBy, Field, inputClasses } from '@/components/ui/field';
import { formatCount } from './format';

/**
 * Users needed per arm to detect the minimum effect with 80 % power, from lib/stats (the
 * same function as the results page's remaining sample), alpha 0.05 split over the
 * treatment arms as Holm will need. Days follow from the slot's recent traffic when known.
 */
export function SampleSizeCalculator({
  baselinePercent,
  mdePercent,
  mdeKind,
  arms,
  dailyTraffic,
  disabled,
  errors,
  onChange,
}: {
  baselinePercent: string;
  mdePercent: string;
  mdeKind: 'relative' | 'absolute';
  arms: number[];
  dailyTraffic: number | null;
  disabled?: boolean;
  errors: Record<string, string | undefined>;
  onChange: (change: { baselinePercent?: string; mdePercent?: string; mdeKind?: 'relative' | 'absolute' }) => void;
}) {
  const baseline = Number(baselinePercent) / 100;
  const effect = Number(mdePercent) / 100;
  const treatments = Math.max(1, arms.length - 1);
  const ready = baselinePercent.trim() !== '' && mdePercent.trim() !== '' && baseline > 0 && baseline < 1 && Number.isFinite(effect) && effect !== 0;
  const plan = ready ? sampleSizePerArm(baseline, { kind: mdeKind, value: effect }, { alpha: 0.05 / treatments, power: 0.8 }) : null;
  const perArm = plan?.value?.perArm ?? null;
  // The slowest-filling arm decides: it gets weight/100 of the traffic.
  const positive = arms.filter((w) => w > 0);
  const smallest = positive.length ? Math.min(...positive) : 0;
  const totalNeeded = perArm !== null && smallest > 0 ? Math.ceil((perArm * 100) / smallest) : null;
  const days = totalNeeded !== null && dailyTraffic ? Math.ceil(totalNeeded / dailyTraffic) : null;
  return (
    <div className="space-y-4" data-testid="sample-size-calculator">
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="plan-baseline" label="Baseline conversion rate (%)" hint="What the control converts at today." error={errors['primaryMetric.baselineRate']}>
          <input id="plan-baseline" inputMode="decimal" value={baselinePercent} disabled={disabled} onChange={(e) => onChange({ baselinePercent: e.target.value })} placeholder="e.g. 4" className={inputClasses} {...describedBy('plan-baseline', errors['primaryMetric.baselineRate'], true)} />
        </Field>
        <Field id="plan-mde" label="Minimum detectable effect (%)" hint={mdeKind === 'relative' ? 'Relative: 10 means 4 % → 4.4 %.' : 'Absolute, in points: 1 means 4 % → 5 %.'} error={errors['primaryMetric.minimumDetectableEffect.value']}>
          <input id="plan-mde" inputMode="decimal" value={mdePercent} disabled={disabled} onChange={(e) => onChange({ mdePercent: e.target.value })} placeholder="e.g. 10" className={inputClasses} {...describedBy('plan-mde', errors['primaryMetric.minimumDetectableEffect.value'], true)} />
        </Field>
        <Field id="plan-mde-kind" label="Effect is">
          <select id="plan-mde-kind" value={mdeKind} disabled={disabled} onChange={(e) => onChange({ mdeKind: e.target.value as 'relative' | 'absolute' })} className={inputClasses}>
            <option value="relative">relative to the baseline</option>
            <option value="absolute">in percentage points</option>
          </select>
        </Field>
      </div>
      <output htmlFor="plan-baseline plan-mde plan-mde-kind" aria-live="polite" className="block rounded-lg bg-slate-50 px-4 py-3 text-sm text-slate-700">
        {!ready ? (
          'Enter a baseline rate and an effect to see how many users the experiment needs.'
        ) : perArm === null ? (
          plan?.value === null ? plan.reason : ''
        ) : (
          <>
            <strong className="text-slate-900" data-testid="sample-size-per-arm">{formatCount(perArm)}</strong> users per arm
            {totalNeeded !== null && <> · <strong className="text-slate-900">{formatCount(totalNeeded)}</strong> users in total at these weights</>}
            {days !== null ? (
              <> · about <strong className="text-slate-900">{formatCount(days)}</strong> day{days === 1 ? '' : 's'} at the slot’s recent traffic ({formatCount(Math.round(dailyTraffic!))} a day)</>
            ) : (
              <span className="text-slate-500"> · no recent traffic in this slot to estimate the duration</span>
            )}
            <span className="block text-xs text-slate-500">80 % power, 5 % significance{treatments > 1 ? ` split over ${treatments} variants (Holm)` : ''}, two-sided.</span>
          </>
        )}
      </output>
    </div>
  );
}
