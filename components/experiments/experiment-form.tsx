'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiClientError, errorMessage } from '@/components/hooks/api-client';
import { type ExperimentJson, useSaveExperiment } from '@/components/hooks/queries/use-experiment-query';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { describedBy, Field, inputClasses } from '@/components/ui/field';
import { PlusIcon, TrashIcon } from '@/components/ui/icons';
import type { SlotOption } from '@/lib/db/queries/experiments/list-slot-options';
import { createExperimentSchema, updateExperimentSchema, type ExperimentStatus } from '@/lib/validations/experiments';
import { ArmsEditor } from './arms-editor';
import { draftToInput, emptyDraft, emptyMetric, experimentToDraft, type ExperimentDraft, slugify } from './form-draft';
import { type EventOption, MetricBuilder } from './metric-builder';
import { SampleSizeCalculator } from './sample-size-calculator';

// Create and edit. What can change follows the status (the API enforces the same rules):
// draft everything; running the name, weights and secondary metrics; stopped the name and
// secondary metrics.

const EDITABLE: Record<ExperimentStatus, readonly string[]> = {
  draft: ['key', 'name', 'slotId', 'segmentKey', 'arms', 'primaryMetric', 'secondaryMetrics'],
  running: ['name', 'arms', 'secondaryMetrics'],
  stopped: ['name', 'secondaryMetrics'],
};

type Issue = { path: PropertyKey[]; message: string };
const issuesToErrors = (issues: readonly Issue[]) => {
  const out: Record<string, string> = {};
  for (const i of issues) out[i.path.map(String).join('.')] ??= i.message;
  return out;
};

export function ExperimentForm({
  experiment,
  slots,
  events,
  slotTraffic,
}: {
  experiment?: ExperimentJson;
  slots: SlotOption[];
  events: EventOption[];
  /** Exposures per day over the last week, per slot (null: none). */
  slotTraffic: Record<string, number | null>;
}) {
  const router = useRouter();
  const save = useSaveExperiment(experiment?.id);
  const status: ExperimentStatus = experiment?.status ?? 'draft';
  const [draft, setDraft] = useState<ExperimentDraft>(() => (experiment ? experimentToDraft(experiment) : emptyDraft(slots[0]?.id ?? '')));
  const [keyTouched, setKeyTouched] = useState(!!experiment);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const editable = (field: string) => EDITABLE[status].includes(field);
  const slot = slots.find((s) => s.id === draft.slotId);
  const set = (change: Partial<ExperimentDraft>) => setDraft((d) => ({ ...d, ...change }));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const full = draftToInput(draft);
    const body = experiment ? Object.fromEntries(Object.entries(full).filter(([k]) => editable(k))) : full;
    // The route's schema, here first so mistakes show without a round trip.
    const parsed = experiment ? updateExperimentSchema.safeParse(body) : createExperimentSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(issuesToErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: ({ experiment: saved }) => {
        router.push(`/experiments/${saved.id}`);
        router.refresh();
      },
      onError: (error) => error instanceof ApiClientError && setErrors(issuesToErrors(error.issues)),
    });
  };

  if (slots.length === 0) {
    return (
      <Alert tone="info" title="No content slot yet">
        An experiment runs in a slot: a place on your site whose content changes per segment. Create a slot with its variants under <Link href="/content" className="font-medium underline">Content</Link> first.
      </Alert>
    );
  }

  const errorCount = Object.keys(errors).length;
  return (
    <form onSubmit={submit} noValidate className="space-y-6" aria-label={experiment ? 'Edit experiment' : 'New experiment'}>
      {errorCount > 0 && (
        <Alert tone="error" title={`Fix ${errorCount === 1 ? 'one problem' : `${errorCount} problems`} to save`}>
          {Object.values(errors)[0]}
        </Alert>
      )}
      <Card>
        <CardHeader title="Where and who" description="The slot whose content is tested, and the visitors who take part." />
        <CardBody className="grid gap-5 sm:grid-cols-2">
          <Field id="exp-name" label="Name" error={errors.name}>
            <input
              id="exp-name"
              value={draft.name}
              onChange={(e) => set({ name: e.target.value, ...(keyTouched ? {} : { key: slugify(e.target.value) }) })}
              placeholder="Hero headline test"
              className={inputClasses}
              {...describedBy('exp-name', errors.name)}
            />
          </Field>
          <Field id="exp-key" label="Key" hint="Stable id used by the assignment hash and the API; fixed once started." error={errors.key}>
            <input id="exp-key" value={draft.key} disabled={!editable('key')} onChange={(e) => { setKeyTouched(true); set({ key: e.target.value }); }} className={`${inputClasses} font-mono`} {...describedBy('exp-key', errors.key, true)} />
          </Field>
          <Field id="exp-slot" label="Slot" error={errors.slotId}>
            <select id="exp-slot" value={draft.slotId} disabled={!editable('slotId')} onChange={(e) => set({ slotId: e.target.value, segmentKey: '', arms: draft.arms.map((a) => ({ ...a, variantId: '' })) })} className={inputClasses} {...describedBy('exp-slot', errors.slotId)}>
              {slots.map((s) => <option key={s.id} value={s.id}>{s.name} ({s.key})</option>)}
            </select>
          </Field>
          <Field id="exp-segment" label="Segment" hint={slot?.treeName ? `Segments of the tree “${slot.treeName}”.` : 'This slot has no segmentation tree: everyone takes part.'} error={errors.segmentKey}>
            <select id="exp-segment" value={draft.segmentKey} disabled={!editable('segmentKey')} onChange={(e) => set({ segmentKey: e.target.value })} className={inputClasses} {...describedBy('exp-segment', errors.segmentKey, true)}>
              <option value="">All segments</option>
              {slot?.segments.map((s) => <option key={s.key} value={s.key}>{s.name} ({s.key})</option>)}
            </select>
          </Field>
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Arms" description="The control and the variants, with the share of visitors each one gets. Weights must add up to 100 %." />
        <CardBody>
          <ArmsEditor
            arms={draft.arms}
            slot={slot}
            segment={{ key: draft.segmentKey || null, name: slot?.segments.find((s) => s.key === draft.segmentKey)?.name ?? 'Everyone' }}
            locked={status !== 'draft'}
            disabled={!editable('arms')}
            errors={errors}
            onChange={(arms) => set({ arms })}
          />
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Primary metric" description="The one number that decides the experiment. Fixed once it starts, so it cannot be picked after seeing the data." />
        <CardBody className="space-y-6">
          <MetricBuilder id="primary" errorPath="primaryMetric" value={draft.primary} events={events} disabled={!editable('primaryMetric')} errors={errors} onChange={(primary) => set({ primary })} />
          {draft.primary.kind === 'conversion' && (
            <div className="border-t border-slate-100 pt-5">
              <h3 className="mb-3 text-sm font-semibold text-slate-900">Sample size</h3>
              <SampleSizeCalculator
                baselinePercent={draft.baselinePercent}
                mdePercent={draft.mdePercent}
                mdeKind={draft.mdeKind}
                arms={draft.arms.map((a) => Number(a.weight) || 0)}
                dailyTraffic={slotTraffic[draft.slotId] ?? null}
                disabled={!editable('primaryMetric')}
                errors={errors}
                onChange={(change) => set(change)}
              />
            </div>
          )}
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Secondary metrics" description="Watched alongside, for guard-rails and insight (exploratory: they do not decide the experiment)." />
        <CardBody className="space-y-6">
          {draft.secondary.map((m, i) => (
            <div key={i} className="space-y-3 border-b border-slate-100 pb-6 last:border-0 last:pb-0">
              <div className="flex items-center justify-between">
                <h3 className="text-sm font-semibold text-slate-900">Secondary metric {i + 1}</h3>
                <Button variant="ghost" size="sm" disabled={!editable('secondaryMetrics')} onClick={() => set({ secondary: draft.secondary.filter((_, j) => j !== i) })}>
                  <TrashIcon className="size-4" /> Remove
                </Button>
              </div>
              <MetricBuilder id={`secondary-${i}`} errorPath={`secondaryMetrics.${i}`} value={m} events={events} disabled={!editable('secondaryMetrics')} errors={errors} onChange={(next) => set({ secondary: draft.secondary.map((x, j) => (j === i ? next : x)) })} />
            </div>
          ))}
          <Button variant="secondary" size="sm" disabled={!editable('secondaryMetrics')} onClick={() => set({ secondary: [...draft.secondary, emptyMetric()] })}>
            <PlusIcon className="size-3.5" /> Add secondary metric
          </Button>
        </CardBody>
      </Card>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={save.isPending}>{experiment ? 'Save changes' : 'Create draft'}</Button>
        <Link href={experiment ? `/experiments/${experiment.id}` : '/experiments'} className={buttonClasses('ghost')}>Cancel</Link>
        {save.isError && !(save.error instanceof ApiClientError && save.error.issues.length) && (
          <span role="alert" className="text-sm text-red-600">{errorMessage(save.error)}</span>
        )}
      </div>
    </form>
  );
}
