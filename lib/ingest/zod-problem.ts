import type { z } from 'zod';
import type { RecordProblem, RejectCode } from './types';

// Turns zod's issues for one record into one code and one human sentence. The code is the
// first issue's; the message lists every issue so a developer fixes them in one go.
export function zodProblem(issues: readonly z.core.$ZodIssue[], record: unknown): RecordProblem {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { code: 'invalid_record', message: 'the record must be a JSON object' };
  }
  const first = issues[0];
  const parts = issues.map((issue) => describe(issue, record));
  return { code: codeOf(first, record), message: parts.join('; '), path: pathOf(first) || undefined };
}

function codeOf(issue: z.core.$ZodIssue, record: unknown): RejectCode {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'unknown_field';
    case 'invalid_type':
      return valueAt(record, issue.path) === undefined ? 'missing_field' : 'invalid_type';
    case 'too_big':
      return issue.origin === 'string' ? 'value_too_long' : 'invalid_value';
    case 'invalid_union':
      return 'invalid_type';
    default:
      return 'invalid_value';
  }
}

function describe(issue: z.core.$ZodIssue, record: unknown): string {
  const path = pathOf(issue);
  if (issue.code === 'unrecognized_keys') {
    const where = path ? ` in ${path}` : '';
    return `unknown field${issue.keys.length > 1 ? 's' : ''}${where}: ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_type' && valueAt(record, issue.path) === undefined) return `${path} is required`;
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    return `${path}: expected ${issue.expected}, got ${kindOf(valueAt(record, issue.path))}`;
  }
  return `${path || 'record'}: ${issue.message}`;
}

function pathOf(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join('.');
}

function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let value = record;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
