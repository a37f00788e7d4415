import type Database from 'better-sqlite3';
import { compilePattern, fsum, parseTraitDate } from '@/lib/segments';
import {
  type JsonValueSql,
  type ParamType,
  type SegmentsDialect,
  SqlParams,
  type TextMatch,
  checkPathSegment,
} from './segments-base';

// SQLite: Json is JSON text, DateTime integer milliseconds. Where SQLite's built-ins differ
// from the core, the database calls the core's own JavaScript through deterministic
// functions registered on the connection (registerSegmentFunctions), so the meaning is
// identical by construction:
//   seg_num(json)            JSON number text → the double JSON.parse gives (SQLite's own
//                            text-to-double conversion is off by an ulp for some values
//                            below 1e-80 or above 1e100);
//   seg_lower_match(k, v, n) toLowerCase(v) contains / starts / ends with n (lower() is ASCII-only);
//   seg_matches(p, v)        the core's linear-time `matches` (SQLite has no REGEXP);
//   seg_date(v)              parseTraitDate (SQLite's date functions accept other forms);
//   seg_fsum(x), seg_favg(x) the core's exactly rounded sum (SUM() depends on row order).
// Everything else is plain SQL over json_type / json_extract with bound paths.

const MATCH_KIND: Record<TextMatch, number> = { contains: 0, starts_with: 1, ends_with: 2 };

function placeholder(index: number): string {
  return `?${index}`;
}

function encode(value: unknown, type: ParamType): unknown {
  if (type === 'text[]' || type === 'int[]' || type === 'jsonb') return JSON.stringify(value);
  return value;
}

/** `$."a"."b"`: every key quoted, so `-` and non-ASCII letters need no escaping. */
export function sqlitePath(path: readonly string[]): string {
  return `$${path.map((key) => `."${checkPathSegment(key)}"`).join('')}`;
}

export const sqliteSegments: SegmentsDialect = {
  name: 'sqlite',
  events: 'correlated',

  params: () => new SqlParams(placeholder, encode),

  json(column, path, params): JsonValueSql {
    const p = params.shared(sqlitePath(path), 'text');
    const type = `json_type(${column}, ${p})`;
    return {
      isSet: `COALESCE(${type}, 'null') <> 'null'`,
      isString: `${type} = 'text'`,
      isTrue: `${type} = 'true'`,
      isFalse: `${type} = 'false'`,
      text: `CASE WHEN ${type} = 'text' THEN json_extract(${column}, ${p}) END`,
      number: `CASE WHEN ${type} IN ('integer', 'real') THEN seg_num(${column} -> ${p}) END`,
      date: `CASE WHEN ${type} = 'text' THEN seg_date(json_extract(${column}, ${p})) END`,
      arrayHas(item, has) {
        let test: string;
        if (typeof item === 'string') test = `el.type = 'text' AND el.value = ${params.bind(item, 'text')}`;
        else if (typeof item === 'number') {
          test = `el.type IN ('integer', 'real') AND seg_num(${column} -> el.fullkey) = ${params.bind(item, 'float8')}`;
        } else test = `el.type = '${item ? 'true' : 'false'}'`;
        const exists = `EXISTS (SELECT 1 FROM json_each(${column}, ${p}) AS el WHERE ${test})`;
        return `(${type} = 'array' AND ${has ? exists : `NOT ${exists}`})`;
      },
    };
  },

  lowerMatch(kind, text, needle, params) {
    return `seg_lower_match(${MATCH_KIND[kind]}, ${text}, ${params.bind(needle, 'text')})`;
  },

  regexMatch(text, pattern, params) {
    compilePattern(pattern); // refuses what the core refuses, before any SQL runs
    return `seg_matches(${params.bind(pattern, 'text')}, ${text})`;
  },

  inList(text, values, params) {
    return `(${text} IN (SELECT value FROM json_each(${params.bind([...values], 'text[]')})))`;
  },

  idIn(id, ids, params) {
    return `(${id} IN (SELECT value FROM json_each(${params.bind([...ids], 'int[]')})))`;
  },

  instantBound: (ms, _side, params) => params.bind(ms, 'float8'),

  // Integer division truncates towards zero; days before 1970 need the floor, as in the core.
  utcDay: (column) => `(CASE WHEN ${column} >= 0 THEN ${column} / 86400000 ELSE -((-${column} - 1) / 86400000) - 1 END)`,

  exactSum(kind, filter, value) {
    return {
      aggregates: [{ expr: `${kind === 'sum' ? 'seg_fsum' : 'seg_favg'}(${value})`, filter }],
      value: ([column]) => column,
    };
  },
};

const registered = new WeakSet<Database.Database>();

/** Installs the seg_* functions on a connection (once; they live as long as it does). */
export function registerSegmentFunctions(db: Database.Database): void {
  if (registered.has(db)) return;
  const deterministic = { deterministic: true };
  db.function('seg_num', deterministic, (raw: unknown) => (typeof raw === 'string' ? Number(raw) : null));
  db.function('seg_lower_match', deterministic, (kind: unknown, value: unknown, needle: unknown) => {
    if (typeof value !== 'string' || typeof needle !== 'string') return null;
    const lower = value.toLowerCase();
    const hit = kind === 0 ? lower.includes(needle) : kind === 1 ? lower.startsWith(needle) : lower.endsWith(needle);
    return hit ? 1 : 0;
  });
  db.function('seg_matches', deterministic, (pattern: unknown, value: unknown) => {
    if (typeof pattern !== 'string' || typeof value !== 'string') return null;
    return compilePattern(pattern).test(value) ? 1 : 0;
  });
  db.function('seg_date', deterministic, (value: unknown) => parseTraitDate(value) ?? null);
  const finite = (values: number[], x: unknown) => {
    if (typeof x === 'number' && Number.isFinite(x)) values.push(x);
    return values;
  };
  db.aggregate('seg_fsum', { start: () => [] as number[], step: finite, result: (values: number[]) => fsum(values) });
  db.aggregate('seg_favg', {
    start: () => [] as number[],
    step: finite,
    result: (values: number[]) => (values.length === 0 ? null : fsum(values) / values.length),
  });
  registered.add(db);
}
