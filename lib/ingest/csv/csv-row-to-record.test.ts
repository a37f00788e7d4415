import { describe, expect, it } from 'vitest';
import { parseCsvHeader } from './csv-columns';
import { csvRowToRecord } from './csv-row-to-record';
import { inferColumnTypes } from './infer-column-types';
import { parseCsvText } from './parse-csv-text';

const NOW = Date.parse('2024-06-01T00:00:00Z');

function convert(csv: string, kind: 'profiles' | 'events') {
  const parsed = parseCsvText(csv, ',');
  const { columns } = parseCsvHeader(parsed.header!, kind);
  const types = inferColumnTypes(columns, parsed.rows);
  return parsed.rows.map((row) => csvRowToRecord(kind, row, columns, types, parsed.header!.length, NOW));
}

describe('csvRowToRecord', () => {
  it('builds nested traits, typed values, consent and context; empty cells are absent', () => {
    const [first, second] = convert(
      'externalId,traits.address.city,traits.address.zip:string,traits.age,consent.marketing,context.country\n' +
        'u1,Paris,75001,31,false,FR\n' +
        'u2,,,40,,\n',
      'profiles',
    );
    expect(first).toEqual({
      ok: true,
      value: { externalId: 'u1', traits: { address: { city: 'Paris', zip: '75001' }, age: 31 }, consent: { marketing: false }, context: { country: 'FR' } },
    });
    expect(second).toEqual({ ok: true, value: { externalId: 'u2', traits: { age: 40 }, consent: {}, context: {} } });
  });

  it('rejects a line whose values do not fit their columns, listing each', () => {
    const results = convert('externalId,traits.age,traits.vip\nu1,31,true\nu2,32,false\nu3,old,maybe\n', 'profiles');
    expect(results[2]).toEqual({
      ok: false,
      issues: [
        { column: 'traits.age', code: 'type_mismatch', message: 'traits.age: "old" is not a number (column type number)' },
        { column: 'traits.vip', code: 'type_mismatch', message: 'traits.vip: "maybe" is not true or false (column type boolean)' },
      ],
    });
  });

  it('applies the record rules: missing externalId, field count, timestamps, long strings', () => {
    const results = convert(
      'externalId,event,timestamp,properties.note\n' +
        ',signup,2024-01-01T00:00:00Z,a\n' +
        'u1,signup\n' +
        'u2,signup,2024-01-01,b\n' +
        `u3,signup,,${'x'.repeat(9000)}\n` +
        'u4,signup,2024-01-01T10:00:00+02:00,ok\n',
      'events',
    );
    expect(results.map((r) => (r.ok ? 'ok' : r.issues.map((i) => `${i.column}:${i.code}`).join()))).toEqual([
      'externalId:missing_field',
      'null:field_count',
      'timestamp:type_mismatch',
      'properties.note:value_too_long',
      'ok',
    ]);
    expect(results[4]).toEqual({
      ok: true,
      value: { externalId: 'u4', name: 'signup', timestamp: Date.parse('2024-01-01T08:00:00Z'), properties: { note: 'ok' }, context: {}, messageId: null },
    });
  });

  it('does not let a "constructor" path reach the prototype', () => {
    const [result] = convert('externalId,traits.constructor.polluted\nu1,yes\n', 'profiles');
    expect(result.ok && 'traits' in result.value && result.value.traits).toEqual({ constructor: { polluted: 'yes' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
