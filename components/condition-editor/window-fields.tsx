'use client';

import { cn } from '@/components/ui/cn';
import { inputClasses } from '@/components/ui/field';
import { addDays, endOfDayInstant, startOfDayInstant } from '@/lib/condition-editor/day-instants';
import type { EventWindow } from '@/lib/segments/schema/conditions';
import { DayInput } from './date-input';
import { type Path, useEditor } from './editor-context';
import { IssueText, useIssueProps } from './issue-text';
import { DurationInput } from './operand-input';

// The time window of an event condition: the last N minutes/hours/days/weeks before the
// moment of evaluation, two calendar days in the workspace's zone (both included), or ever.

export function WindowFields({ id, path, value, onChange }: { id: string; path: Path; value: EventWindow; onChange(next: EventWindow): void }) {
  const env = useEditor();
  const whole = useIssueProps(path, `${id}-type`);
  const from = useIssueProps([...path, 'from'], `${id}-from`);
  const to = useIssueProps([...path, 'to'], `${id}-to`);
  const amount = useIssueProps([...path, 'amount'], `${id}-amount`);
  const { timeZone, today } = env.dates;
  const switchTo = (type: EventWindow['type']) => {
    if (type === value.type) return;
    if (type === 'ever') onChange({ type });
    else if (type === 'last') onChange({ type, amount: 30, unit: 'days' });
    else onChange({ type, from: startOfDayInstant(addDays(today, -29), timeZone)!, to: endOfDayInstant(today, timeZone)! });
  };
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-xs font-medium text-slate-600">When</legend>
      <select id={`${id}-type`} aria-label="Time window" disabled={env.disabled} className={cn(inputClasses)} value={value.type} onChange={(e) => switchTo(e.target.value as EventWindow['type'])} {...whole.aria}>
        <option value="last">In the last…</option>
        <option value="between">Between two dates</option>
        <option value="ever">Ever</option>
      </select>
      <IssueText id={whole.errorId} issues={whole.issues} />
      {value.type === 'last' && (
        <>
          <DurationInput
            id={id}
            value={value}
            invalid={amount.issues.length > 0}
            describedBy={amount.aria['aria-describedby']}
            onChange={(d) => onChange({ type: 'last', amount: d.amount!, unit: d.unit ?? 'days' })}
          />
          <IssueText id={amount.errorId} issues={amount.issues} />
        </>
      )}
      {value.type === 'between' && (
        <div className="grid grid-cols-2 gap-2">
          <div className="space-y-1">
            <DayInput id={`${id}-from`} label="From date" value={value.from} edge="start" timeZone={timeZone} onChange={(v) => onChange({ ...value, from: v ?? '' })} disabled={env.disabled} invalid={from.issues.length > 0} describedBy={from.aria['aria-describedby']} />
            <IssueText id={from.errorId} issues={from.issues} />
          </div>
          <div className="space-y-1">
            <DayInput id={`${id}-to`} label="To date" value={value.to} edge="end" timeZone={timeZone} onChange={(v) => onChange({ ...value, to: v ?? '' })} disabled={env.disabled} invalid={to.issues.length > 0} describedBy={to.aria['aria-describedby']} />
            <IssueText id={to.errorId} issues={to.issues} />
          </div>
        </div>
      )}
      {value.type === 'ever' && <p className="text-[11px] text-slate-500">Any time up to the moment of evaluation.</p>}
    </fieldset>
  );
}
