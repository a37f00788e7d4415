'use client';

import { cn } from '@/components/ui/cn';
import { inputClasses } from '@/components/ui/field';
import type { ControlProps } from './control-props';
import { dayOfInstant, endOfDayInstant, isDayBoundary, startOfDayInstant } from '@/lib/condition-editor/day-instants';

// A calendar day in the workspace's time zone, stored as an instant with its offset: the
// start of the day, or the end of it (the last day of a range, `after`).

export function DayInput({
  id,
  label,
  value,
  edge,
  timeZone,
  onChange,
  disabled,
  invalid,
  describedBy,
}: ControlProps & {
  value: unknown;
  edge: 'start' | 'end';
  timeZone: string;
  onChange(next: string | undefined): void;
}) {
  const instant = typeof value === 'string' ? value : undefined;
  const day = instant ? dayOfInstant(instant, timeZone) : undefined;
  // An instant set elsewhere (API, another zone) that is not a day boundary here is shown as is.
  const exact = instant && day && !isDayBoundary(instant, timeZone, edge) ? instant : undefined;
  return (
    <div className="space-y-1">
      <input
        id={id}
        type="date"
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        disabled={disabled}
        className={cn(inputClasses, 'tabular-nums')}
        value={day ?? ''}
        onChange={(e) => onChange(e.target.value ? (edge === 'start' ? startOfDayInstant : endOfDayInstant)(e.target.value, timeZone) : undefined)}
      />
      <p className="text-[11px] text-slate-500">
        {exact ? `Exactly ${exact}; picking a day replaces it.` : `${edge === 'start' ? 'From the start' : 'To the end'} of the day, ${timeZone}`}
      </p>
    </div>
  );
}
