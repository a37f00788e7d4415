'use client';

import { useState } from 'react';
import { cn } from '@/components/ui/cn';
import { inputClasses } from '@/components/ui/field';
import { formatNumber, parseNumber } from '@/lib/condition-editor/parse-input';
import type { ControlProps } from './control-props';

// A number typed as text (no spinner, no locale surprises). Text that is not a number emits
// an operand without a value, and says why right here; the schema then flags it as missing.

export function NumberInput({
  id,
  label,
  value,
  onChange,
  disabled,
  invalid,
  describedBy,
  className,
  placeholder,
}: ControlProps & {
  value: unknown;
  onChange(next: number | undefined): void;
  className?: string;
  placeholder?: string;
}) {
  const [text, setText] = useState(formatNumber(value));
  const [shown, setShown] = useState(value);
  // The value changed from outside (undo, another input): show it.
  if (value !== shown) {
    setShown(value);
    if (parseNumber(text).value !== value) setText(formatNumber(value));
  }
  const problem = parseNumber(text).problem;
  const problemId = `${id}-problem`;
  return (
    <div className={className}>
      <input
        id={id}
        aria-label={label}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        disabled={disabled}
        placeholder={placeholder}
        className={cn(inputClasses, 'tabular-nums')}
        value={text}
        aria-invalid={invalid || !!problem || undefined}
        aria-describedby={[problem ? problemId : undefined, describedBy].filter(Boolean).join(' ') || undefined}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseNumber(e.target.value).value;
          setShown(next);
          onChange(next);
        }}
      />
      {problem && (
        <p id={problemId} className="mt-1 text-xs font-medium text-red-600">
          {problem}
        </p>
      )}
    </div>
  );
}
