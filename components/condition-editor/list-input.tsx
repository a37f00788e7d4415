'use client';

import { useState } from 'react';
import { cn } from '@/components/ui/cn';
import { inputClasses } from '@/components/ui/field';
import { enumValueLabel } from '@/lib/segments/labels';
import type { ControlProps } from './control-props';

// Operands of in / not_in. A closed list (days, RFM segments) is a set of checkboxes; an
// open one is chips: type and press Enter (or a comma) to add, with the field's most
// frequent values offered one click away.

export function ChoiceList({
  id,
  label,
  options,
  value,
  onChange,
  disabled,
  describedBy,
}: ControlProps & {
  options: readonly string[];
  value: readonly string[];
  onChange(next: string[]): void;
}) {
  return (
    <fieldset id={id} aria-describedby={describedBy} className="flex flex-wrap gap-1.5" disabled={disabled}>
      <legend className="sr-only">{label}</legend>
      {options.map((option) => {
        const checked = value.includes(option);
        return (
          <label
            key={option}
            className={cn(
              'inline-flex cursor-pointer items-center gap-1.5 rounded-md px-2 py-1 text-xs font-medium ring-1 ring-inset',
              checked ? 'bg-brand-50 text-brand-700 ring-brand-300' : 'bg-white text-slate-600 ring-slate-300 hover:bg-slate-50',
            )}
          >
            <input
              type="checkbox"
              className="size-3.5 accent-brand-600"
              checked={checked}
              onChange={() => onChange(checked ? value.filter((v) => v !== option) : options.filter((o) => o === option || value.includes(o)))}
            />
            {enumValueLabel(option)}
          </label>
        );
      })}
    </fieldset>
  );
}

export function ChipsInput({
  id,
  label,
  value,
  suggestions,
  onChange,
  disabled,
  invalid,
  describedBy,
}: ControlProps & {
  value: readonly string[];
  suggestions: readonly string[];
  onChange(next: string[]): void;
}) {
  const [text, setText] = useState('');
  const add = (items: string[]) => {
    const fresh = items.filter((v) => v !== '' && !value.includes(v));
    if (fresh.length > 0) onChange([...value, ...fresh]);
  };
  const commit = () => {
    // Values are exact: only the separators are dropped, never spaces inside a value.
    add(text.split(',').map((v) => v.trim()));
    setText('');
  };
  const offered = suggestions.filter((s) => !value.includes(s)).slice(0, 8);
  return (
    <div className="space-y-1.5">
      <div className={cn('flex flex-wrap items-center gap-1.5 rounded-lg bg-white px-2 py-1.5 shadow-sm ring-1 ring-inset', invalid ? 'ring-red-400' : 'ring-slate-300')}>
        <ul aria-label={`${label}: chosen values`} className="contents">
          {value.map((v, i) => (
            <li key={`${v}-${i}`} className="inline-flex items-center gap-1 rounded-md bg-brand-50 py-0.5 pr-1 pl-2 text-xs font-medium text-brand-700">
              <span className="max-w-40 truncate">{v === '' ? '(empty text)' : v}</span>
              <button
                type="button"
                disabled={disabled}
                aria-label={`Remove ${v}`}
                className="rounded px-1 text-brand-500 hover:bg-brand-100 hover:text-brand-700"
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          id={id}
          aria-label={label}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          disabled={disabled}
          autoComplete="off"
          placeholder={value.length === 0 ? 'Type a value, press Enter' : 'Add another…'}
          className="min-w-24 flex-1 border-0 bg-transparent p-0.5 text-sm outline-none placeholder:text-slate-400"
          value={text}
          onChange={(e) => {
            if (e.target.value.endsWith(',')) {
              add([e.target.value.slice(0, -1).trim()]);
              setText('');
            } else setText(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            } else if (e.key === 'Backspace' && text === '' && value.length > 0) {
              onChange(value.slice(0, -1));
            }
          }}
          onBlur={commit}
        />
      </div>
      {offered.length > 0 && (
        <div className="flex flex-wrap items-center gap-1 text-xs text-slate-500">
          <span>Frequent:</span>
          {offered.map((s) => (
            <button
              key={s}
              type="button"
              disabled={disabled}
              aria-label={`Add ${s}`}
              className="rounded-md px-1.5 py-0.5 text-slate-600 ring-1 ring-slate-200 ring-inset hover:bg-slate-100"
              onClick={() => add([s])}
            >
              + {s}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
