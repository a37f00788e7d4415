import { MAX_PATH_SEGMENTS } from '@/lib/segments/limits';
import { PROPERTY_PATH, TRAIT_PATH } from '@/lib/segments/schema/fields';
import { SEGMENT_KEY } from '@/lib/segments/schema/common';

// Text the user types → operands and paths. A problem is returned in words; an empty input
// gives neither value nor problem (the shared schema then says what is missing).

export type Parsed<T> = { value?: T; problem?: string };

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

export function parseNumber(text: string): Parsed<number> {
  const t = text.trim();
  if (t === '') return {};
  if (NUMBER.test(t)) {
    const n = Number(t);
    return Number.isFinite(n) ? { value: n } : { problem: 'That number is too large.' };
  }
  if (/^[+-]?[\d.,\s']+$/.test(t)) return { problem: 'Use a dot for decimals and no thousands separators, like 1234.5.' };
  return { problem: 'Enter a number, like 25 or 19.99.' };
}

export function formatNumber(value: unknown): string {
  return typeof value === 'number' ? String(value) : '';
}

const PATH_RULE = `Keys use letters, digits, '_' or '-', separated by dots, up to ${MAX_PATH_SEGMENTS} levels.`;

/** `age`, `traits.age` → `traits.age`; `address.city` → `traits.address.city`. */
function parsePath(text: string, prefix: 'traits' | 'properties', pattern: RegExp): Parsed<string> {
  const t = text.trim();
  if (t === '') return {};
  const path = t.startsWith(`${prefix}.`) ? t : `${prefix}.${t}`;
  return pattern.test(path) ? { value: path } : { problem: PATH_RULE };
}

export const parseTraitPath = (text: string) => parsePath(text, 'traits', TRAIT_PATH);
export const parsePropertyPath = (text: string) => parsePath(text, 'properties', PROPERTY_PATH);

export function parseSegmentKey(text: string): Parsed<string> {
  const t = text.trim();
  if (t === '') return {};
  return SEGMENT_KEY.test(t)
    ? { value: t }
    : { problem: "Segment keys use lower-case letters, digits, '-' or '_', starting with a letter or digit." };
}
