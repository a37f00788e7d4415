import { parseTimestamp } from '../timestamp';

// What a CSV cell holds. Conditions never coerce ("31" is not 31), so each column gets one
// type and every cell of it is converted to that type or its line is rejected.
export const VALUE_TYPES = ['number', 'boolean', 'date', 'string'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

// No leading zeros ("01234" is a code, not a number), no "+", no thousands separators, and
// at most 15 integer digits: longer ones are ids that a double would silently round.
const NUMBER = /^-?(0|[1-9]\d{0,14})(\.\d+)?([eE][+-]?\d{1,3})?$/;
const BOOLEAN = /^(true|false)$/i;

export function classifyValue(value: string): ValueType {
  if (NUMBER.test(value) && Number.isFinite(Number(value))) return 'number';
  if (BOOLEAN.test(value)) return 'boolean';
  if (parseTimestamp(value).ok) return 'date';
  return 'string';
}

export type Converted = { ok: true; value: string | number | boolean } | { ok: false; reason: string };

/** Dates stay the ISO string the file had (trait dates are strings); their validity is checked. */
export function convertValue(value: string, type: ValueType): Converted {
  switch (type) {
    case 'string':
      return { ok: true, value };
    case 'number':
      return NUMBER.test(value) && Number.isFinite(Number(value)) ? { ok: true, value: Number(value) } : fail(value, 'a number');
    case 'boolean':
      return BOOLEAN.test(value) ? { ok: true, value: value.toLowerCase() === 'true' } : fail(value, 'true or false');
    case 'date': {
      const parsed = parseTimestamp(value);
      return parsed.ok ? { ok: true, value } : { ok: false, reason: `is not a date: ${parsed.reason}` };
    }
  }
}

function fail(value: string, expected: string): Converted {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return { ok: false, reason: `"${shown}" is not ${expected}` };
}
