import type { MeasureSql, SqlParams } from './segments-base';

// PostgreSQL reproductions of three value rules of the core that the database would
// otherwise get subtly wrong. All text here is fixed; only parameters vary.

// ---- Dates: the core's parseTraitDate grammar (lib/segments/values/dates.ts) ------------
// PostgreSQL's own parser accepts more ("2024-01-01 10:00", "Jan 1 2024") and has no year
// 0, so the text is first matched against the same grammar (ASCII digits spelled out: `\d`
// follows the locale), then its fields are read by position, which that match makes safe,
// and the instant computed with the core's arithmetic (days_from_civil). A year from 0000 is
// shifted by 400 so every division is of non-negative numbers (PostgreSQL's integer
// division truncates where JavaScript's floor does not). The match has no capture groups:
// regexp_match with captures costs ten times a plain `~` here. OFFSET 0 keeps the planner
// from copying the text extraction and the match into every use of their results.
const ISO_FORM =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[Tt][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?(?:[Zz]|[+-][0-9]{2}:?[0-9]{2})?)?$';

export function isoDateMs(text: string, params: SqlParams): string {
  const re = params.shared(ISO_FORM, 'text');
  // Offsets start at the first + or - after the date (the time part has neither).
  const sign = "CASE WHEN greatest(strpos(substr(t, 12), '+'), strpos(substr(t, 12), '-')) > 0 THEN 11 + greatest(strpos(substr(t, 12), '+'), strpos(substr(t, 12), '-')) ELSE 0 END";
  const fractionEnd = "CASE WHEN o > 0 THEN o WHEN right(t, 1) IN ('Z', 'z') THEN length(t) ELSE length(t) + 1 END";
  const fields = `substr(t, 1, 4)::int AS y, substr(t, 6, 2)::int AS mo, substr(t, 9, 2)::int AS d,
      CASE WHEN length(t) > 10 THEN substr(t, 12, 2)::int ELSE 0 END AS h,
      CASE WHEN length(t) > 10 THEN substr(t, 15, 2)::int ELSE 0 END AS mi,
      CASE WHEN substr(t, 17, 1) = ':' THEN substr(t, 18, 2)::int ELSE 0 END AS s,
      CASE WHEN substr(t, 17, 1) = ':' AND substr(t, 20, 1) IN ('.', ',') THEN rpad(substr(t, 21, least(3, ${fractionEnd} - 21)), 3, '0')::int ELSE 0 END AS ms,
      CASE WHEN o > 0 THEN (CASE WHEN substr(t, o, 1) = '-' THEN -1 ELSE 1 END) * (substr(t, o + 1, 2)::int * 60 + right(t, 2)::int) ELSE 0 END AS off,
      CASE WHEN o > 0 THEN substr(t, o + 1, 2)::int <= 23 AND right(t, 2)::int <= 59 ELSE TRUE END AS off_ok`;
  const leap = '((y % 4 = 0 AND y % 100 <> 0) OR y % 400 = 0)';
  const dim = `CASE WHEN mo = 2 THEN CASE WHEN ${leap} THEN 29 ELSE 28 END WHEN mo IN (4, 6, 9, 11) THEN 30 ELSE 31 END`;
  const yy = '(y - CASE WHEN mo <= 2 THEN 1 ELSE 0 END + 400)';
  const era = `(${yy} / 400)`;
  const yoe = `(${yy} - ${era} * 400)`;
  const doy = '((153 * (mo + CASE WHEN mo > 2 THEN -3 ELSE 9 END) + 2) / 5 + d - 1)';
  const doe = `(${yoe} * 365 + ${yoe} / 4 - ${yoe} / 100 + ${doy})`;
  const days = `((${era} - 1)::bigint * 146097 + ${doe} - 719468)`;
  return `(SELECT CASE WHEN mo BETWEEN 1 AND 12 AND d BETWEEN 1 AND ${dim} AND h <= 23 AND mi <= 59 AND s <= 59 AND off_ok
      THEN ${days} * 86400000 + ((h * 60 + mi - off) * 60 + s)::bigint * 1000 + ms END
    FROM (SELECT ${fields} FROM (SELECT t, ${sign} AS o FROM (SELECT ${text} AS t OFFSET 0) AS raw WHERE t ~ ${re} OFFSET 0) AS iso) AS parts)`;
}

// ---- Instants: a literal timestamptz parses to exactly `ms` -------------------------------
// Bounds far outside PostgreSQL's range (4714 BC – 294276 AD) become ±infinity, which
// compare the same way with every storable timestamp; inside it, a text literal with
// explicit UTC offset and BC era is exact to the millisecond (no float seconds).
const PG_MIN_MS = Date.UTC(-4713, 10, 24);
const JS_MAX_MS = 8.64e15;

export function timestampLiteral(ms: number): string {
  if (ms < PG_MIN_MS) return '-infinity';
  if (ms > JS_MAX_MS) return 'infinity';
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const era = year <= 0 ? ' BC' : '';
  const shownYear = year <= 0 ? 1 - year : year;
  return (
    `${pad(shownYear, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds(), 3)}+00${era}`
  );
}

// ---- Sums: the correctly rounded sum of the doubles, as the core's fsum -----------------
// SUM(float8) depends on row order in its last bits; SUM(numeric) of the JSON decimals is
// exact but of the wrong numbers (the core adds the doubles JSON.parse gives: 689.79 +
// 444.89 + 351.75 is 1486.4299999999998 there, 1486.43 in decimal). So each double is
// turned into an exact integer and those are summed exactly, then rounded once:
//  - fast path, |x| < 2^53 with no bits below 2^-62 (all everyday amounts): x·2^62 as two
//    bigints, trunc(x) and (x − trunc(x))·2^62, both exact in float8 and summed in int128;
//  - any other double: its IEEE bits (float8send) give mantissa·2^exponent, summed as an
//    exact numeric scaled by 2^1074, then written out as an exact decimal.
// numeric → float8 goes through strtod, which rounds correctly (ties to even), like fsum.
// Not reproduced: fsum's fallback when a partial sum overflows (|Σ| beyond ~1.8e308).
const TWO_62 = '4611686018427387904';
const TWO_MINUS_62 = String(2 ** -62);

export function exactSumSql(kind: 'sum' | 'avg', filter: string, x: string): MeasureSql {
  // CASE: x·2^62 must not even be computed for huge x (float8 overflow is an error here).
  const eligible = `(CASE WHEN abs(${x}) < 9007199254740992 THEN ${x} * ${TWO_62} = trunc(${x} * ${TWO_62}) ELSE FALSE END)`;
  const bits = `('x' || encode(float8send(${x}), 'hex'))::bit(64)::bigint`;
  const exponent = `greatest(((${bits} >> 52) & 2047)::int, 1)`;
  const mantissa = `((${bits} & 4503599627370495) + CASE WHEN (${bits} >> 52) & 2047 > 0 THEN 4503599627370496 ELSE 0 END)`;
  const scaled = `(CASE WHEN ${x} < 0 THEN -1 ELSE 1 END * ${mantissa}::numeric * power(2::numeric, ${exponent} - 1))`;
  const aggregates = [
    { expr: `SUM(trunc(${x})::bigint)`, filter: `${filter} AND ${eligible}` },
    { expr: `SUM(((${x} - trunc(${x})) * ${TWO_62})::bigint)`, filter: `${filter} AND ${eligible}` },
    { expr: `SUM(${scaled})`, filter: `${filter} AND NOT ${eligible}` },
    { expr: `COUNT(${x})`, filter },
  ];
  return {
    aggregates,
    value: ([hi, lo, slow, n]) => {
      const fixed = `(COALESCE(${hi}, 0)::numeric * ${TWO_62} + COALESCE(${lo}, 0))`;
      const total = `(${fixed} * power(2::numeric, 1012) + ${slow})`;
      const overflow = '((power(2::numeric, 1024) - power(2::numeric, 970)) * power(2::numeric, 1074))';
      // No usable value (the common case for most profiles): 0 without any numeric work.
      const sum = `(CASE WHEN COALESCE(${n}, 0) = 0 THEN 0::float8
        WHEN ${slow} IS NULL THEN ${fixed}::float8 * ${TWO_MINUS_62}::float8
        WHEN abs(${total}) >= ${overflow} THEN sign(${total})::float8 * 'Infinity'::float8
        ELSE (${total} * power(5::numeric, 1074) * '1e-1074'::numeric)::float8 END)`;
      return kind === 'sum' ? sum : `(CASE WHEN ${n} > 0 THEN ${sum} / ${n} END)`;
    },
  };
}
