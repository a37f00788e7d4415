import { compilePattern } from '@/lib/segments';
import { lowerMatchPattern, renderPattern } from '@/lib/segments/sql/lower-pattern';
import { regexToAre } from '@/lib/segments/sql/regex-to-are';
import {
  type JsonValueSql,
  type ParamType,
  type SegmentsDialect,
  SqlParams,
  checkPathSegment,
} from './segments-base';
import { exactSumSql, isoDateMs, timestampLiteral } from './segments-postgres-values';

// PostgreSQL: Json is jsonb, DateTime is timestamptz(3). Parameters are sent as text, so
// every placeholder carries its type. Plain SQL plus a few built-ins (jsonb operators,
// regexp_match, float8send), so the same text runs on Citus.
//
// JSON paths are walked with `->` and a text key per step, never `#>`: `#>` indexes arrays
// with numeric keys ('{tags,0}'), and the core never indexes arrays ("traits.tags.0" is
// missing). `-> text` on an array or a scalar is NULL. Casts that could fail (jsonb string
// → float8, elements of a non-array) sit behind CASE, because PostgreSQL does not promise
// to evaluate AND/OR operands in order.

function placeholder(index: number, type: ParamType): string {
  return `$${index}::${type}`;
}

function encode(value: unknown, type: ParamType): unknown {
  if (type === 'float8' || type === 'bigint') return String(value);
  if (type === 'jsonb') return JSON.stringify(value);
  return value;
}

export const postgresSegments: SegmentsDialect = {
  name: 'postgres',
  events: 'grouped',

  params: () => new SqlParams(placeholder, encode),

  json(column, path, params): JsonValueSql {
    const steps = path.map((key) => ` -> ${params.shared(checkPathSegment(key), 'text')}`).join('');
    const v = `(${column}${steps})`;
    const type = `jsonb_typeof(${v})`;
    const number = `CASE WHEN ${type} = 'number' THEN ${v}::float8 END`;
    const text = `CASE WHEN ${type} = 'string' THEN ${v} #>> '{}' END`;
    return {
      isSet: `COALESCE(${type}, 'null') <> 'null'`,
      isString: `${type} = 'string'`,
      isTrue: `${v} = 'true'::jsonb`,
      isFalse: `${v} = 'false'::jsonb`,
      text,
      number,
      // A getter: the date grammar's pattern is bound only when a date operator asks for it.
      get date() {
        return `CASE WHEN ${type} = 'string' THEN ${isoDateMs(`${v} #>> '{}'`, params)} END`;
      },
      arrayHas(item, has) {
        let test: string;
        if (typeof item === 'string') test = `el = to_jsonb(${params.bind(item, 'text')})`;
        else if (typeof item === 'number') test = `CASE WHEN jsonb_typeof(el) = 'number' THEN el::float8 END = ${params.bind(item, 'float8')}`;
        else test = `el = ${params.bind(item, 'jsonb')}`;
        const exists = `EXISTS (SELECT 1 FROM jsonb_array_elements(${v}) AS arr(el) WHERE ${test})`;
        return `CASE WHEN ${type} = 'array' THEN ${has ? exists : `NOT ${exists}`} ELSE FALSE END`;
      },
    };
  },

  lowerMatch(kind, text, needle, params) {
    const pattern = lowerMatchPattern(kind, needle);
    if (pattern === true) return `(${text} IS NOT NULL)`;
    if (pattern === false) return 'FALSE';
    return `(${text} ~ ${params.bind(renderPattern(pattern, 'are'), 'text')})`;
  },

  regexMatch(text, pattern, params) {
    return `(${text} ~ ${params.bind(regexToAre(compilePattern(pattern).ast), 'text')})`;
  },

  inList(text, values, params) {
    return `(${text} = ANY(${params.bind([...values], 'text[]')}))`;
  },

  idIn(id, ids, params) {
    return `(${id} = ANY(${params.bind([...ids], 'int[]')}))`;
  },

  instantBound(ms, side, params) {
    // Timestamps are whole milliseconds: column >= 1.5 is column >= 2, column <= 1.5 is <= 1.
    const whole = side === 'lower' ? Math.ceil(ms) : Math.floor(ms);
    return params.bind(timestampLiteral(whole), 'timestamptz');
  },

  utcDay: (column) => `(${column} AT TIME ZONE 'UTC')::date`,

  exactSum: (kind, filter, value) => exactSumSql(kind, filter, value),
};
