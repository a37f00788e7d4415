// The one place where counting SQL differs by database (GrowthBook's dialect pattern). The
// tree compiler in lib/segments/sql/ is written against this interface only; each method
// returns a SQL fragment built from fixed text, whitelisted identifiers and placeholders —
// never from a value or field name of the tree. Values reach the database as bound
// parameters through `SqlParams`, which also decides the placeholder syntax (`?N` / `$N::type`).

export type SegmentsDialectName = 'sqlite' | 'postgres';

/** How a parameter is typed on PostgreSQL (it sends every parameter as untyped text). */
export type ParamType = 'text' | 'float8' | 'bigint' | 'jsonb' | 'text[]' | 'int[]' | 'timestamptz';

export class SqlParams {
  readonly values: unknown[] = [];
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly placeholder: (index: number, type: ParamType) => string,
    private readonly encode: (value: unknown, type: ParamType) => unknown,
  ) {}

  /** Binds `value` and returns its placeholder. */
  bind(value: unknown, type: ParamType): string {
    this.values.push(this.encode(value, type));
    return this.placeholder(this.values.length, type);
  }

  /** Binds once per distinct (type, value): paths and operands repeat across a tree. */
  shared(value: string | number, type: ParamType): string {
    const key = `${type}\u0000${typeof value}\u0000${value}`;
    let placeholder = this.cache.get(key);
    if (placeholder === undefined) {
      placeholder = this.bind(value, type);
      this.cache.set(key, placeholder);
    }
    return placeholder;
  }
}

/**
 * Tests and reads on one JSON value (a trait, a property, a context key), each a SQL
 * expression. Type tests are exact JSON types — nothing is coerced. `text`, `number` and
 * `date` are NULL when the value is not a string / finite number / date string, so a
 * comparison with them is NULL (false once the condition is closed with COALESCE).
 * Reading a member may bind parameters; every parameter bound must appear in the SQL
 * (PostgreSQL cannot type an unused one), so read only what the fragment uses.
 */
export interface JsonValueSql {
  isSet: string;
  isString: string;
  isTrue: string;
  isFalse: string;
  text: string;
  /** The value as the double JavaScript's JSON.parse would give. */
  number: string;
  /** Milliseconds since the epoch per the core's parseTraitDate grammar, else NULL. */
  readonly date: string;
  /** An array with (`has`) / without (`!has`) an element strictly equal to `item`; false when not an array. */
  arrayHas(item: string | number | boolean, has: boolean): string;
}

/** One aggregate over the events that pass `filter` (rendered with FILTER, or as a subquery's WHERE). */
export type EventAggregate = { expr: string; filter: string };

/** A per-profile measure over events: its aggregates, then an expression over their results. */
export interface MeasureSql {
  aggregates: EventAggregate[];
  /** The measure at profile level; NULL when missing (and when the profile has no events at all). */
  value(columns: string[]): string;
}

export type TextMatch = 'contains' | 'starts_with' | 'ends_with';

export interface SegmentsDialect {
  readonly name: SegmentsDialectName;
  /**
   * How profiles meet their events. 'grouped': one aggregate pass over the workspace's events
   * grouped by profile, joined to the profiles (a hash aggregate; what PostgreSQL and Citus do
   * best). 'correlated': each measure a subquery per profile over the (profileId, name,
   * timestamp) index, evaluated only where the walk needs it (SQLite, whose GROUP BY over
   * millions of events sorts through temporary files: 30× slower measured at 20M events).
   */
  readonly events: 'grouped' | 'correlated';
  params(): SqlParams;
  json(column: string, path: readonly string[], params: SqlParams): JsonValueSql;
  /** Whether lower-cased `text` (JS toLowerCase) contains / starts / ends with `needle` (already lower-cased). */
  lowerMatch(kind: TextMatch, text: string, needle: string, params: SqlParams): string;
  /** The core's `matches`: unanchored, case-sensitive search of `pattern` in `text`. */
  regexMatch(text: string, pattern: string, params: SqlParams): string;
  /** `text` is one of `values` (exact); `values` may be empty. */
  inList(text: string, values: readonly string[], params: SqlParams): string;
  /** `id` (a profile id column) is one of `ids`. */
  idIn(id: string, ids: readonly number[], params: SqlParams): string;
  /** A placeholder comparable with a timestamp column (whole ms), for `column >= ms` (lower) or `column <= ms` (upper). */
  instantBound(ms: number, side: 'lower' | 'upper', params: SqlParams): string;
  /** The UTC calendar day of a timestamp column, for distinct_days. */
  utcDay(column: string): string;
  /** sum / avg over the finite numbers `value` of the events passing `filter`, rounded exactly as the core's fsum. */
  exactSum(kind: 'sum' | 'avg', filter: string, value: string): MeasureSql;
}

/** Raises when a path segment could not have passed the core's path grammar: defence in depth. */
export function checkPathSegment(segment: string): string {
  if (!/^[\p{L}\p{N}_-]{1,64}$/u.test(segment)) throw new Error(`Refusing a JSON path segment outside the path grammar.`);
  return segment;
}
