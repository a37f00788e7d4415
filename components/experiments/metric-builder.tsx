'use client';

import { Button } from '@/components/ui/button';
import { describedBy, Field, inputClasses } from '@/components/ui/field';
import { PlusIcon, TrashIcon } from '@/components/ui/icons';
import { FILTER_OPERATORS, type FilterDraft, type FilterOperator, type MetricDraft } from './form-draft';

export interface EventOption {
  name: string;
  /** Property paths seen on this event, e.g. properties.amount, with whether they hold numbers. */
  properties: { path: string; numeric: boolean }[];
}

/**
 * One metric: conversion (did the event, within N days after first exposure) or continuous
 * (sum or mean of a numeric property per user), optionally only for events whose properties
 * pass filters. `prefix` names the inputs (ids) and the error paths (primaryMetric, secondaryMetrics.0, …).
 */
export function MetricBuilder({
  id,
  errorPath,
  value,
  events,
  disabled,
  errors,
  onChange,
}: {
  id: string;
  errorPath: string;
  value: MetricDraft;
  events: EventOption[];
  disabled?: boolean;
  errors: Record<string, string | undefined>;
  onChange: (next: MetricDraft) => void;
}) {
  const set = (change: Partial<MetricDraft>) => onChange({ ...value, ...change });
  const err = (path: string) => errors[`${errorPath}.${path}`];
  const event = events.find((e) => e.name === value.event);
  const setFilter = (i: number, change: Partial<FilterDraft>) => set({ where: value.where.map((f, j) => (j === i ? { ...f, ...change } : f)) });
  return (
    <fieldset disabled={disabled} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-4">
        <Field id={`${id}-kind`} label="Measure" error={err('kind')}>
          <select id={`${id}-kind`} value={value.kind} onChange={(e) => set({ kind: e.target.value as MetricDraft['kind'] })} className={inputClasses}>
            <option value="conversion">Conversion rate</option>
            <option value="continuous">Value per user</option>
          </select>
        </Field>
        <Field id={`${id}-event`} label={value.kind === 'conversion' ? 'Conversion event' : 'Event'} error={err('event')}>
          <input id={`${id}-event`} list={`${id}-events`} value={value.event} onChange={(e) => set({ event: e.target.value })} placeholder="e.g. purchase" className={inputClasses} {...describedBy(`${id}-event`, err('event'))} />
          <datalist id={`${id}-events`}>
            {events.map((e) => <option key={e.name} value={e.name} />)}
          </datalist>
        </Field>
        <Field id={`${id}-window`} label="Within (days after first exposure)" error={err('windowDays')}>
          <input id={`${id}-window`} inputMode="numeric" value={value.windowDays} onChange={(e) => set({ windowDays: e.target.value })} className={inputClasses} {...describedBy(`${id}-window`, err('windowDays'))} />
        </Field>
        <Field id={`${id}-name`} label="Label (optional)" error={err('name')}>
          <input id={`${id}-name`} value={value.name} onChange={(e) => set({ name: e.target.value })} placeholder="e.g. Purchases" className={inputClasses} />
        </Field>
      </div>
      {value.kind === 'continuous' && (
        <div className="grid gap-4 sm:grid-cols-4">
          <Field id={`${id}-property`} label="Numeric property" error={err('property')} className="sm:col-span-2">
            <input id={`${id}-property`} list={`${id}-properties`} value={value.property} onChange={(e) => set({ property: e.target.value })} placeholder="e.g. properties.amount" className={`${inputClasses} font-mono`} {...describedBy(`${id}-property`, err('property'))} />
            <datalist id={`${id}-properties`}>
              {event?.properties.filter((p) => p.numeric).map((p) => <option key={p.path} value={p.path} />)}
            </datalist>
          </Field>
          <Field id={`${id}-aggregate`} label="Per user" className="sm:col-span-2" hint={value.aggregate === 'sum' ? 'Total per exposed user; users without the event count as 0 (e.g. revenue per user).' : 'Average per user over their events; users without the event are left out (e.g. time on page).'}>
            <select id={`${id}-aggregate`} value={value.aggregate} onChange={(e) => set({ aggregate: e.target.value as MetricDraft['aggregate'] })} className={inputClasses} {...describedBy(`${id}-aggregate`, undefined, true)}>
              <option value="sum">Sum</option>
              <option value="mean">Mean</option>
            </select>
          </Field>
        </div>
      )}
      <div className="space-y-2">
        <p className="text-sm font-medium text-slate-700">Only events where</p>
        {value.where.length === 0 && <p className="text-xs text-slate-500">Every {value.event || 'such'} event counts. Add a filter to count only some, e.g. properties.plan is "pro".</p>}
        {value.where.map((f, i) => {
          const kind = FILTER_OPERATORS[f.operator].value;
          const error = err(`where.${i}.value`) ?? err(`where.${i}.field`) ?? err(`where.${i}`);
          return (
            <div key={i} className="flex flex-wrap items-start gap-2" data-testid={`${id}-filter`}>
              <input aria-label={`Filter ${i + 1} property`} list={`${id}-filter-properties`} value={f.field} onChange={(e) => setFilter(i, { field: e.target.value })} placeholder="properties.plan" className={`${inputClasses} w-56 font-mono`} />
              <select aria-label={`Filter ${i + 1} operator`} value={f.operator} onChange={(e) => setFilter(i, { operator: e.target.value as FilterOperator })} className={`${inputClasses} w-44`}>
                {Object.entries(FILTER_OPERATORS).map(([op, o]) => <option key={op} value={op}>{o.label}</option>)}
              </select>
              {kind !== 'none' && (
                <input aria-label={`Filter ${i + 1} value`} value={f.value} onChange={(e) => setFilter(i, { value: e.target.value })} placeholder={kind === 'list' ? 'pro, team' : kind === 'number' ? '10' : kind === 'auto' ? 'pro, or 10, or "10"' : 'text'} className={`${inputClasses} w-48`} />
              )}
              <Button variant="ghost" size="sm" aria-label={`Remove filter ${i + 1}`} onClick={() => set({ where: value.where.filter((_, j) => j !== i) })}>
                <TrashIcon className="size-4" />
              </Button>
              {error && <p className="w-full text-xs font-medium text-red-600">{error}</p>}
            </div>
          );
        })}
        <datalist id={`${id}-filter-properties`}>
          {event?.properties.map((p) => <option key={p.path} value={p.path} />)}
        </datalist>
        <Button variant="secondary" size="sm" onClick={() => set({ where: [...value.where, { field: '', operator: 'eq', value: '' }] })}>
          <PlusIcon className="size-3.5" /> Add filter
        </Button>
      </div>
    </fieldset>
  );
}
