'use client';

import { cn } from '@/components/ui/cn';
import { inputClasses } from '@/components/ui/field';
import type { FieldSpec } from '@/lib/condition-editor/field-spec';
import { operandHint } from '@/lib/condition-editor/hints';
import { UNIT_LABELS } from '@/lib/condition-editor/labels';
import { OPERAND_KIND, type ScalarType, scalarTypes } from '@/lib/condition-editor/operands';
import { enumValueLabel } from '@/lib/segments/labels';
import type { Operator } from '@/lib/segments/schema/operators';
import { DURATION_UNITS, type Duration } from '@/lib/segments/values/durations';
import { DayInput } from './date-input';
import { type Path, useEditor } from './editor-context';
import { HintText, IssueText, useIssueProps } from './issue-text';
import { ChipsInput, ChoiceList } from './list-input';
import { NumberInput } from './number-input';

// The operand of one predicate, shaped by its operator and the field's type.

type Props = { id: string; path: Path; operator: Operator; value: unknown; spec: FieldSpec; onChange(next: unknown): void };

const TYPE_LABELS: Record<ScalarType, string> = { string: 'Text', number: 'Number', boolean: 'Yes / no' };

function scalarTypeOf(value: unknown, allowed: ScalarType[]): ScalarType {
  const t = typeof value;
  return t === 'string' || t === 'number' || t === 'boolean' ? (t as ScalarType) : allowed[0];
}

/** Converts an operand when the user switches its type (31 ↔ "31"). */
function retype(value: unknown, to: ScalarType): unknown {
  if (to === 'string') return value === undefined ? undefined : String(value);
  if (to === 'boolean') return value === 'false' || value === false ? false : true;
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : typeof value === 'number' ? value : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function TextInput({ id, label, value, onChange, suggestions, mono, aria, disabled }: {
  id: string; label: string; value: unknown; onChange(v: string | undefined): void; suggestions?: readonly unknown[]; mono?: boolean;
  aria: Record<string, unknown>; disabled: boolean;
}) {
  const strings = (suggestions ?? []).filter((s): s is string => typeof s === 'string');
  return (
    <>
      <input
        id={id}
        aria-label={label}
        autoComplete="off"
        spellCheck={!mono}
        disabled={disabled}
        list={strings.length > 0 ? `${id}-suggestions` : undefined}
        className={cn(inputClasses, mono && 'font-mono')}
        value={typeof value === 'string' ? value : ''}
        placeholder={mono ? 'e.g. ^gold|^platinum' : undefined}
        onChange={(e) => onChange(e.target.value)}
        {...aria}
      />
      {strings.length > 0 && (
        <datalist id={`${id}-suggestions`}>
          {strings.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </>
  );
}

function TypeSelect({ id, types, current, onChange, disabled }: { id: string; types: ScalarType[]; current: ScalarType; onChange(t: ScalarType): void; disabled: boolean }) {
  if (types.length < 2) return null;
  return (
    <select
      id={id}
      aria-label="Value type"
      disabled={disabled}
      className={cn(inputClasses, 'w-28 shrink-0')}
      value={current}
      onChange={(e) => onChange(e.target.value as ScalarType)}
    >
      {types.map((t) => (
        <option key={t} value={t}>
          {TYPE_LABELS[t]}
        </option>
      ))}
    </select>
  );
}

function ScalarInput({ id, path, operator, value, spec, onChange }: Props) {
  const { disabled } = useEditor();
  const { issues, errorId, aria } = useIssueProps([...path, 'value'], id);
  const types = scalarTypes(operator, spec);
  const type = scalarTypeOf(value, types);
  let input: React.ReactNode;
  if (spec.enumValues && type === 'string') {
    input = (
      <select id={id} aria-label="Value" disabled={disabled} className={inputClasses} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || undefined)} {...aria}>
        <option value="">Choose…</option>
        {spec.enumValues.map((v) => (
          <option key={v} value={v}>
            {enumValueLabel(v)}
          </option>
        ))}
      </select>
    );
  } else if (type === 'number') {
    input = (
      <NumberInput
        id={id}
        label="Value"
        className="flex-1"
        value={value}
        onChange={onChange}
        disabled={disabled}
        invalid={issues.length > 0}
        describedBy={aria['aria-describedby']}
        placeholder={spec.integer ? `${spec.integer.min}–${spec.integer.max}` : undefined}
      />
    );
  } else if (type === 'boolean') {
    input = (
      <select id={id} aria-label="Value" disabled={disabled} className={inputClasses} value={String(value === true)} onChange={(e) => onChange(e.target.value === 'true')} {...aria}>
        <option value="true">true</option>
        <option value="false">false</option>
      </select>
    );
  } else {
    input = <TextInput id={id} label="Value" value={value} onChange={onChange} suggestions={spec.suggestions} aria={aria} disabled={disabled} />;
  }
  return (
    <div className="space-y-1">
      <div className="flex gap-2">
        <TypeSelect id={`${id}-type`} types={types} current={type} onChange={(t) => onChange(retype(value, t))} disabled={disabled} />
        <div className="min-w-0 flex-1">{input}</div>
      </div>
      <IssueText id={errorId} issues={issues} />
    </div>
  );
}

function RangeInput({ id, path, value, spec, onChange }: Props) {
  const { disabled } = useEditor();
  const whole = useIssueProps([...path, 'value'], id);
  const lo = useIssueProps([...path, 'value', 0], `${id}-lo`);
  const hi = useIssueProps([...path, 'value', 1], `${id}-hi`);
  const pair: unknown[] = Array.isArray(value) ? value : [undefined, undefined];
  const set = (i: 0 | 1, n: number | undefined) => {
    const next = [pair[0], pair[1]];
    next[i] = n;
    onChange(next.every((v) => v === undefined) ? undefined : next);
  };
  const bounds = spec.integer ? `${spec.integer.min}–${spec.integer.max}` : undefined;
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        <NumberInput id={`${id}-lo`} label="From" className="flex-1" value={pair[0]} onChange={(n) => set(0, n)} disabled={disabled} invalid={lo.issues.length > 0 || whole.issues.length > 0} describedBy={lo.aria['aria-describedby'] ?? whole.aria['aria-describedby']} placeholder={bounds ?? 'from'} />
        <span className="pt-2 text-sm text-slate-500">and</span>
        <NumberInput id={`${id}-hi`} label="To" className="flex-1" value={pair[1]} onChange={(n) => set(1, n)} disabled={disabled} invalid={hi.issues.length > 0 || whole.issues.length > 0} describedBy={hi.aria['aria-describedby'] ?? whole.aria['aria-describedby']} placeholder={bounds ?? 'to'} />
      </div>
      <IssueText id={lo.errorId} issues={lo.issues} />
      <IssueText id={hi.errorId} issues={hi.issues} />
      <IssueText id={whole.errorId} issues={whole.issues} />
      <p className="text-[11px] text-slate-500">Both ends included.</p>
    </div>
  );
}

/** N minutes / hours / days / weeks. */
export function DurationInput({ id, value, onChange, invalid, describedBy }: { id: string; value: unknown; onChange(next: Partial<Duration>): void; invalid: boolean; describedBy?: string }) {
  const { disabled } = useEditor();
  const d = (typeof value === 'object' && value !== null ? value : {}) as Partial<Duration>;
  return (
    <div className="flex gap-2">
      <NumberInput id={`${id}-amount`} label="How many" className="w-24" value={d.amount} onChange={(n) => onChange({ ...d, amount: n })} disabled={disabled} invalid={invalid} describedBy={describedBy} />
      <select id={`${id}-unit`} aria-label="Unit" disabled={disabled} className={cn(inputClasses, 'flex-1')} value={d.unit ?? 'days'} onChange={(e) => onChange({ ...d, unit: e.target.value as Duration['unit'] })}>
        {DURATION_UNITS.map((u) => (
          <option key={u} value={u}>
            {UNIT_LABELS[u]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function OperandInput(props: Props) {
  const { id, path, operator, value, spec, onChange } = props;
  const env = useEditor();
  const { issues, errorId, aria } = useIssueProps([...path, 'value'], id);
  const kind = OPERAND_KIND[operator];
  const hint = <HintText>{operandHint(operator, value)}</HintText>;
  switch (kind) {
    case 'none':
      return null;
    case 'scalar':
    case 'element':
      return (
        <>
          <ScalarInput {...props} />
          {hint}
        </>
      );
    case 'number':
      return (
        <div className="space-y-1">
          <NumberInput id={id} label="Value" value={value} onChange={onChange} disabled={env.disabled} invalid={issues.length > 0} describedBy={aria['aria-describedby']} placeholder={spec.integer ? `${spec.integer.min}–${spec.integer.max}` : undefined} />
          <IssueText id={errorId} issues={issues} />
        </div>
      );
    case 'range':
      return <RangeInput {...props} />;
    case 'duration':
      return (
        <div className="space-y-1">
          <DurationInput id={id} value={value} onChange={onChange} invalid={issues.length > 0} describedBy={aria['aria-describedby']} />
          <IssueText id={errorId} issues={issues} />
        </div>
      );
    case 'list': {
      const list = Array.isArray(value) ? (value as string[]) : [];
      return (
        <div className="space-y-1">
          {spec.enumValues ? (
            <ChoiceList id={id} label="Values" options={spec.enumValues} value={list} onChange={onChange} disabled={env.disabled} describedBy={aria['aria-describedby']} />
          ) : (
            <ChipsInput
              id={id}
              label="Values"
              value={list}
              suggestions={spec.suggestions.filter((s): s is string => typeof s === 'string')}
              onChange={onChange}
              disabled={env.disabled}
              invalid={issues.length > 0}
              describedBy={aria['aria-describedby']}
            />
          )}
          <IssueText id={errorId} issues={issues} />
          {hint}
        </div>
      );
    }
    case 'text':
    case 'pattern':
      return (
        <div className="space-y-1">
          <TextInput id={id} label={kind === 'pattern' ? 'Pattern' : 'Value'} value={value} onChange={onChange} suggestions={kind === 'text' ? spec.suggestions : undefined} mono={kind === 'pattern'} aria={aria} disabled={env.disabled} />
          <IssueText id={errorId} issues={issues} />
          {kind === 'pattern' && issues.length === 0 && <p className="text-[11px] text-slate-500">Case-sensitive search anywhere in the text; ^ and $ anchor it.</p>}
          {hint}
        </div>
      );
    case 'instant':
      return (
        <div className="space-y-1">
          <DayInput id={id} label="Date" value={value} edge={operator === 'after' ? 'end' : 'start'} timeZone={env.dates.timeZone} onChange={onChange} disabled={env.disabled} invalid={issues.length > 0} describedBy={aria['aria-describedby']} />
          <IssueText id={errorId} issues={issues} />
        </div>
      );
  }
}
