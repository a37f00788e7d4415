import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parseTraitDate } from '@/lib/segments';
import { timestampLiteral } from '@/lib/db/dialects/segments-postgres-values';
import { registerSegmentFunctions } from '@/lib/db/dialects/segments-sqlite';
import { rawDb } from '@/lib/db/raw';
import { describeDb } from '@/test/db-test';
import { SEGMENTS_DIALECTS } from './compile-tree-sql';
import { sqliteBindings } from './run-tree-sql';
import { DATE_STRINGS } from './tests/arb-values';

// The value rules in isolation, thousands of values per query: the dialect's reading of a
// date string must be parseTraitDate's (PostgreSQL reproduces the grammar in SQL), and a
// bound instant must be exactly the millisecond meant.

const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
const isoLike = fc
  .tuple(
    digits(4, 9999), digits(2, 13), digits(2, 32), fc.constantFrom('T', 't', ' ', ''), digits(2, 25), digits(2, 61),
    fc.option(digits(2, 61), { nil: undefined }), fc.option(fc.stringMatching(/^[0-9]{1,12}$/), { nil: undefined }),
    fc.constantFrom('', 'Z', 'z', '+00:00', '-05:30', '+0530', '+23:59', '-24:00', '+23:60', '+5', ' Z', '+02:00:00'),
    fc.constantFrom('.', ','),
  )
  .map(([y, mo, d, t, h, mi, s, f, off, dot]) => {
    if (t === '') return `${y}-${mo}-${d}`;
    return `${y}-${mo}-${d}${t}${h}:${mi}${s === undefined ? '' : `:${s}${f === undefined ? '' : `${dot}${f}`}`}${off}`;
  });

async function sqlDates(values: string[]): Promise<(number | null)[]> {
  const db = rawDb();
  const dialect = SEGMENTS_DIALECTS[db.dialect];
  const params = dialect.params();
  const list = params.bind(values, 'jsonb');
  if (db.dialect === 'sqlite') {
    registerSegmentFunctions(db.sqlite);
    const date = dialect.json('j.v', [], params).date;
    const sql = `SELECT j.key AS i, ${date} AS ms FROM (SELECT key, json_quote(value) AS v FROM json_each(${list})) AS j ORDER BY j.key`;
    return (db.sqlite.prepare(sql).all(sqliteBindings(params.values)) as { ms: number | null }[]).map((r) => r.ms);
  }
  const date = dialect.json('t.x', [], params).date;
  const sql = `SELECT t.i, ${date} AS ms FROM jsonb_array_elements(${list}) WITH ORDINALITY AS t(x, i) ORDER BY t.i`;
  return (await db.pool.query(sql, params.values)).rows.map((r) => (r.ms === null ? null : Number(r.ms)));
}

describeDb('SQL value rules', () => {
  it('read date strings exactly as parseTraitDate', async () => {
    const values = [...DATE_STRINGS, ...fc.sample(isoLike, 4000)];
    const expected = values.map((v) => parseTraitDate(v) ?? null);
    expect(await sqlDates(values)).toEqual(expected);
    expect(expected.filter((v) => v !== null).length).toBeGreaterThan(200);
  });

  it('bind instants to the millisecond (PostgreSQL literals, ±infinity beyond its range)', async () => {
    const db = rawDb();
    if (db.dialect !== 'postgres') return;
    const ms = [0, -1, 1, Date.UTC(-4713, 10, 24), Date.UTC(0, 0, 1), Date.UTC(0, 0, 1) - 1, 8.64e15, ...fc.sample(fc.integer({ min: Date.UTC(-4713, 10, 24), max: 8.64e15 }), 2000)];
    const { rows } = await db.pool.query(
      `SELECT (extract(epoch FROM x::timestamptz) * 1000)::text AS ms FROM unnest($1::text[]) WITH ORDINALITY AS t(x, i) ORDER BY i`,
      [ms.map(timestampLiteral)],
    );
    expect(rows.map((r) => Number(r.ms))).toEqual(ms);
    expect(timestampLiteral(Date.UTC(-4713, 10, 24) - 1)).toBe('-infinity');
    expect(timestampLiteral(8.64e15 + 1)).toBe('infinity');
  });
});
