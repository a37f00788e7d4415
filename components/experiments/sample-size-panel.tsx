import { Card, CardBody, CardHeader } from '@/components/ui/card';
import type { ExperimentResults } from '@/lib/experiments/results/types';
import { formatCount, formatPercent } from './format';

/** How far the experiment is from the sample its minimum detectable effect needs. */
export function SampleSizePanel({ results }: { results: ExperimentResults }) {
  const plan = results.sampleSize;
  return (
    <Card>
      <CardHeader title="Sample size" description="Users needed to detect the minimum effect with 80 % power; stopping earlier risks missing it." />
      <CardBody className="text-sm text-slate-700" >
        {plan.value === null ? (
          <p data-testid="sample-size">{plan.reason}</p>
        ) : (
          <div className="space-y-1" data-testid="sample-size">
            <p>
              Target: <strong>{plan.value.perArm.value === null ? '—' : formatCount(plan.value.perArm.value)}</strong> users per arm to detect a{' '}
              {plan.value.minimumDetectableEffect.kind === 'relative' ? `${formatPercent(plan.value.minimumDetectableEffect.value, 0)} relative` : `${(plan.value.minimumDetectableEffect.value * 100).toFixed(2)}-point`} change
              {plan.value.effectSource === 'default' ? ' (default; set your own in the experiment)' : ''} from a {formatPercent(plan.value.baselineRate)} baseline ({plan.value.baselineSource === 'observed' ? 'the control’s observed rate' : 'as planned'}).
            </p>
            {plan.value.remainingPerArm && (
              <p>
                Still needed:{' '}
                {Object.entries(plan.value.remainingPerArm).map(([k, n]) => `${k} ${formatCount(n)}`).join(', ')}
                {plan.value.remainingTraffic.value !== null && plan.value.remainingTraffic.value > 0 && <> · {formatCount(plan.value.remainingTraffic.value)} more visitors at the current split</>}
                {plan.value.daysRemaining.value !== null
                  ? plan.value.daysRemaining.value === 0 ? ' · the planned sample is reached.' : ` · about ${formatCount(plan.value.daysRemaining.value)} more day${plan.value.daysRemaining.value === 1 ? '' : 's'} at ${formatCount(Math.round(plan.value.dailyTraffic ?? 0))} exposures a day.`
                  : ` · ${plan.value.daysRemaining.reason}`}
              </p>
            )}
          </div>
        )}
      </CardBody>
    </Card>
  );
}
