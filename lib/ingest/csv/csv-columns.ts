import type { ApiIssue } from '@/lib/api/errors';
import { CONSENT_KEYS, CONTEXT_STRING_KEYS, INGEST_LIMITS } from '@/lib/validations/ingest';
import { VALUE_TYPES, type ValueType } from './value-types';

// The header row: which record field each column fills, and the type it is forced to, if
// any. `traits.zip:string` forces a type; fixed fields have fixed types.
export type CsvKind = 'profiles' | 'events';
export type CsvTarget = 'externalId' | 'event' | 'timestamp' | 'messageId' | 'traits' | 'properties' | 'consent' | 'context';

export interface CsvColumn {
  /** Position of the column in each row. */
  index: number;
  /** The header without its type suffix, e.g. "traits.address.city". */
  name: string;
  target: CsvTarget;
  /** Path inside the target object; empty for the scalar fields. */
  path: string[];
  forced?: ValueType;
}

const FIELDS: Record<CsvKind, { scalar: Partial<Record<CsvTarget, ValueType>>; objects: CsvTarget[]; required: CsvTarget[] }> = {
  profiles: { scalar: { externalId: 'string' }, objects: ['traits', 'consent', 'context'], required: ['externalId'] },
  events: {
    scalar: { externalId: 'string', event: 'string', timestamp: 'date', messageId: 'string' },
    objects: ['properties', 'context'],
    required: ['externalId', 'event'],
  },
};

const CONTEXT_STRINGS: ReadonlySet<string> = new Set(CONTEXT_STRING_KEYS);
const CONSENT: ReadonlySet<string> = new Set(CONSENT_KEYS);

export function describeColumns(kind: CsvKind): string {
  const f = FIELDS[kind];
  return [...Object.keys(f.scalar), ...f.objects.map((o) => `${o}.*`)].join(', ');
}

export function parseCsvHeader(header: readonly string[], kind: CsvKind): { columns: CsvColumn[]; issues: ApiIssue[] } {
  const columns: CsvColumn[] = [];
  const issues: ApiIssue[] = [];
  const issue = (index: number, message: string) => issues.push({ path: ['columns', index], message, code: 'invalid_column' });

  header.forEach((raw, index) => {
    const text = raw.trim();
    const colon = text.lastIndexOf(':');
    const name = colon > 0 ? text.slice(0, colon) : text;
    const suffix = colon > 0 ? text.slice(colon + 1) : undefined;
    if (!name) return issue(index, `column ${index + 1} has no name`);
    if (suffix !== undefined && !(VALUE_TYPES as readonly string[]).includes(suffix)) {
      return issue(index, `"${text}": unknown type "${suffix}"; use one of ${VALUE_TYPES.join(', ')}`);
    }
    const column = resolve(name, kind, index, suffix as ValueType | undefined);
    if (typeof column === 'string') return issue(index, `"${text}": ${column}`);
    columns.push(column);
  });

  const seen = new Map<string, number>();
  for (const c of columns) {
    if (seen.has(c.name)) issue(c.index, `"${c.name}" appears twice`);
    seen.set(c.name, c.index);
  }
  // traits.address and traits.address.city cannot both be set.
  const names = [...seen.keys()];
  for (const c of columns) {
    const clash = names.find((n) => n.startsWith(`${c.name}.`));
    if (c.path.length > 0 && clash) issue(c.index, `"${c.name}" is a value, but "${clash}" puts an object there`);
  }
  for (const required of FIELDS[kind].required) {
    if (!columns.some((c) => c.target === required)) issues.push({ path: ['columns'], message: `a "${required}" column is required`, code: 'missing_column' });
  }
  return { columns, issues };
}

function resolve(name: string, kind: CsvKind, index: number, suffix: ValueType | undefined): CsvColumn | string {
  const fields = FIELDS[kind];
  const fixed = fields.scalar[name as CsvTarget];
  if (fixed) {
    if (suffix && suffix !== fixed) return `this column is always of type ${fixed}`;
    return { index, name, target: name as CsvTarget, path: [], forced: fixed };
  }
  const [target, ...path] = name.split('.');
  if (!fields.objects.includes(target as CsvTarget) || path.length === 0) {
    return `not a column of a ${kind} import; use ${describeColumns(kind)}`;
  }
  if (path.some((p) => p === '' || p === '__proto__')) return 'every part of the dotted path needs a name';
  if (path.length > INGEST_LIMITS.maxDepth) return `nests deeper than ${INGEST_LIMITS.maxDepth} levels`;
  if (target === 'consent') {
    if (path.length !== 1 || !CONSENT.has(path[0])) return `consent columns are ${CONSENT_KEYS.map((k) => `consent.${k}`).join(', ')}`;
    if (suffix && suffix !== 'boolean') return 'consent is always boolean';
    return { index, name, target, path, forced: 'boolean' };
  }
  if (target === 'context') {
    if (path.length !== 1) return 'context is flat: use context.<key>';
    if (CONTEXT_STRINGS.has(path[0]) && suffix && suffix !== 'string') return `context.${path[0]} is always a string`;
    // Context values are read as strings unless a suffix says otherwise.
    return { index, name, target, path, forced: suffix ?? 'string' };
  }
  return { index, name, target: target as CsvTarget, path, forced: suffix };
}
