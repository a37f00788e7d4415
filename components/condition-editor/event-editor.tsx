'use client';

import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { inputClasses } from '@/components/ui/field';
import { eventProperties } from '@/lib/condition-editor/catalogue';
import { type FieldSpec, propertySpec } from '@/lib/condition-editor/field-spec';
import { measureHint } from '@/lib/condition-editor/hints';
import { COMPARISON_LABELS, MEASURE_LABELS } from '@/lib/condition-editor/labels';
import { omitKey, removeAt, replaceAt } from '@/lib/condition-editor/list-moves';
import { parsePropertyPath } from '@/lib/condition-editor/parse-input';
import { type PredicateDraft, changeOperator, defaultPredicate } from '@/lib/condition-editor/predicate-drafts';
import { MAX_EVENT_FILTERS } from '@/lib/segments/limits';
import { type EventCondition, MEASURES, type Measure, type PropertyFilter } from '@/lib/segments/schema/conditions';
import { COMPARISON_OPERATORS, type ComparisonOperator } from '@/lib/segments/schema/operators';
import { ComboField } from './combo-field';
import { type Path, useEditor } from './editor-context';
import { fieldComboOptions } from './field-options';
import { HintText, IssueText, useIssueProps } from './issue-text';
import { OperandInput } from './operand-input';
import { PropertyFilterRow } from './property-filter-row';
import { WindowFields } from './window-fields';

// "Did <event> (where …) <measure> <comparison> <value> <window>".

const MEASURE_SPEC: FieldSpec = { label: 'Measure', operators: [...COMPARISON_OPERATORS], types: ['number'], closed: true, suggestions: [] };

const parseEventName = (text: string) => (text.length > 0 && text.length <= 200 ? { value: text } : { problem: 'Event names are 1–200 characters.' });

export function EventEditor({ id, path, value, onChange }: { id: string; path: Path; value: EventCondition; onChange(next: EventCondition): void }) {
  const env = useEditor();
  const measureIssues = useIssueProps([...path, 'measure'], `${id}-measure`);
  const comparisonIssues = useIssueProps([...path, 'operator'], `${id}-operator`);
  const properties = eventProperties(env.catalogue, value.event);
  const numeric = properties.filter((p) => p.types.includes('number'));
  const needsProperty = value.measure !== 'count' && value.measure !== 'distinct_days';
  const filters = value.where ?? [];
  const setFilters = (where: PropertyFilter[]) => {
    onChange((where.length > 0 ? { ...value, where } : omitKey(value, 'where')) as EventCondition);
  };
  const setMeasure = (measure: Measure) => {
    const keeps = measure !== 'count' && measure !== 'distinct_days';
    const property = keeps ? (value.property ?? numeric[0]?.value) : undefined;
    const rest = { ...omitKey(value, 'property'), measure };
    onChange((property ? { ...rest, property } : rest) as EventCondition);
  };
  const newFilter = (): PropertyFilter => {
    const field = properties[0]?.value ?? 'properties.';
    return { field, ...defaultPredicate(propertySpec(value.event, field, env.catalogue), env.dates) } as PropertyFilter;
  };
  const comparison: PredicateDraft = { operator: value.operator, value: value.value };

  return (
    <div className="space-y-3">
      <ComboField
        id={`${id}-event`}
        path={[...path, 'event']}
        label="Event"
        value={value.event}
        options={env.catalogue.events.map((e) => ({ value: e.name, label: e.name, detail: `${e.sampled.toLocaleString('en-US')} in the sample · ${e.properties.length} properties` }))}
        parseFree={parseEventName}
        placeholder="Search events"
        onSelect={(event) => onChange({ ...value, event })}
      />

      <fieldset className="space-y-2">
        <legend className="mb-1 text-xs font-medium text-slate-600">Only events where</legend>
        {filters.length === 0 && <p className="text-xs text-slate-500">Every “{value.event || 'event'}” counts.</p>}
        {filters.map((filter, i) => (
          <PropertyFilterRow
            key={i}
            id={`${id}-where-${i}`}
            path={[...path, 'where', i]}
            index={i}
            event={value.event}
            value={filter}
            onChange={(f) => setFilters(replaceAt(filters, i, f))}
            onRemove={() => setFilters(removeAt(filters, i))}
          />
        ))}
        <Button
          variant="ghost"
          size="sm"
          disabled={env.disabled || filters.length >= MAX_EVENT_FILTERS}
          onClick={() => setFilters([...filters, newFilter()])}
        >
          + Add property filter
        </Button>
      </fieldset>

      <div className="space-y-1">
        <select id={`${id}-measure`} aria-label="Measure" disabled={env.disabled} className={cn(inputClasses)} value={value.measure} onChange={(e) => setMeasure(e.target.value as Measure)} {...measureIssues.aria}>
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {MEASURE_LABELS[m]}
            </option>
          ))}
        </select>
        <IssueText id={measureIssues.errorId} issues={measureIssues.issues} />
        <HintText>{measureHint(value.measure)}</HintText>
      </div>

      {needsProperty && (
        <ComboField
          id={`${id}-property`}
          path={[...path, 'property']}
          label="Numeric property"
          value={value.property ?? ''}
          options={fieldComboOptions(numeric.length > 0 ? numeric : properties)}
          parseFree={parsePropertyPath}
          placeholder="e.g. properties.amount"
          onSelect={(property) => onChange({ ...value, property })}
        />
      )}

      <div className="space-y-1">
        <select
          id={`${id}-operator`}
          aria-label="Compare"
          disabled={env.disabled}
          className={cn(inputClasses)}
          value={value.operator}
          onChange={(e) => {
            const next = changeOperator(comparison, e.target.value as ComparisonOperator, MEASURE_SPEC, env.dates);
            onChange({ ...value, operator: next.operator, value: next.value } as EventCondition);
          }}
          {...comparisonIssues.aria}
        >
          {COMPARISON_OPERATORS.map((op) => (
            <option key={op} value={op}>
              {COMPARISON_LABELS[op]}
            </option>
          ))}
        </select>
        <IssueText id={comparisonIssues.errorId} issues={comparisonIssues.issues} />
        <OperandInput
          id={`${id}-value`}
          path={path}
          operator={value.operator === 'between' ? 'between' : 'gte'}
          value={value.value}
          spec={MEASURE_SPEC}
          onChange={(v) => onChange({ ...value, value: v } as EventCondition)}
        />
        {value.measure === 'count' && value.operator === 'eq' && value.value === 0 && (
          <p className="text-[11px] text-slate-500">“Exactly 0 times” means the profile did not do it.</p>
        )}
      </div>

      <WindowFields id={`${id}-window`} path={[...path, 'window']} value={value.window} onChange={(window) => onChange({ ...value, window })} />
    </div>
  );
}
