import { INGEST_LIMITS } from '@/lib/validations/ingest';
import type { RecordProblem } from './types';

// Limits on free-form JSON (traits, properties, context) that zod would check slowly or not
// at all. NUL characters and unpaired surrogates are refused too: PostgreSQL's jsonb and
// text cannot hold them, and SQLite must store exactly what PostgreSQL would.

/** A problem with one string (a value or a key), or null. */
export function stringProblem(value: string, path: string): RecordProblem | null {
  if (value.length > INGEST_LIMITS.stringValueMax) {
    return { code: 'value_too_long', path, message: `${path}: a string of ${value.length} characters is longer than ${INGEST_LIMITS.stringValueMax}` };
  }
  return textProblem(value, path);
}

/** NUL and broken UTF-16 only (the length limits of id fields are zod's). */
export function textProblem(value: string, path: string): RecordProblem | null {
  if (value.includes('\u0000')) return { code: 'invalid_value', path, message: `${path}: contains a NUL character` };
  if (!value.isWellFormed()) return { code: 'invalid_value', path, message: `${path}: contains an unpaired UTF-16 surrogate` };
  return null;
}

/** Walks a JSON object depth-first; the object itself is at depth 1. */
export function jsonObjectProblem(value: Record<string, unknown>, path: string): RecordProblem | null {
  return walk(value, path, 1);
}

function walk(value: unknown, path: string, depth: number): RecordProblem | null {
  if (typeof value === 'string') return stringProblem(value, path);
  if (typeof value === 'number') {
    return Number.isFinite(value) ? null : { code: 'invalid_value', path, message: `${path}: is not a finite number` };
  }
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value !== 'object') return { code: 'invalid_value', path, message: `${path}: is not a JSON value` };
  if (depth > INGEST_LIMITS.maxDepth) {
    return { code: 'too_deep', path, message: `${path}: nesting is deeper than ${INGEST_LIMITS.maxDepth} levels` };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = walk(value[i], `${path}[${i}]`, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  for (const key in value) {
    const keyProblem = stringProblem(key, `${path} key`);
    if (keyProblem) return keyProblem;
    const problem = walk((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1);
    if (problem) return problem;
  }
  return null;
}
