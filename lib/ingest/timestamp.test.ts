import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimestamp } from './timestamp';

const accepted: [string, string][] = [
  ['2024-05-01T12:30:00Z', '2024-05-01T12:30:00.000Z'],
  ['2024-05-01T12:30:00.123Z', '2024-05-01T12:30:00.123Z'],
  ['2024-05-01T12:30:00.1239999Z', '2024-05-01T12:30:00.123Z'], // truncated, not rounded
  ['2024-05-01T12:30:00.5Z', '2024-05-01T12:30:00.500Z'],
  ['2024-05-01T14:30:00+02:00', '2024-05-01T12:30:00.000Z'],
  ['2024-05-01T07:00:00-05:30', '2024-05-01T12:30:00.000Z'],
  ['2024-05-01T14:30:00+0200', '2024-05-01T12:30:00.000Z'],
  ['2024-05-01T12:30Z', '2024-05-01T12:30:00.000Z'],
  ['2024-05-01t12:30:00z', '2024-05-01T12:30:00.000Z'],
  ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  ['0050-01-01T00:00:00Z', '0050-01-01T00:00:00.000Z'], // not read as 1950
  ['2024-01-01T00:30:00+01:00', '2023-12-31T23:30:00.000Z'],
];

const rejected: [string, RegExp][] = [
  ['2024-05-01', /date without a time/],
  ['2024-05-01T12:30:00', /no time zone offset/],
  ['2024-05-01 12:30:00Z', /not an ISO-8601/],
  ['1714566600000', /not an ISO-8601/],
  ['yesterday', /not an ISO-8601/],
  ['2023-02-29T00:00:00Z', /not a valid date/],
  ['2024-13-01T00:00:00Z', /not a valid date/],
  ['2024-05-01T24:00:00Z', /not a valid date/],
  ['2024-05-01T12:60:00Z', /not a valid date/],
  ['2024-05-01T12:30:00+25:00', /invalid offset/],
  ['0000-06-01T00:00:00Z', /not a valid date/],
  ['0001-01-01T00:00:00+01:00', /outside the years/],
  ['', /not an ISO-8601/],
];

describe('parseTimestamp', () => {
  it.each(accepted)('accepts %s as %s', (input, expected) => {
    const result = parseTimestamp(input);
    expect(result.ok && new Date(result.ms).toISOString()).toBe(expected);
  });

  it.each(rejected)('rejects %s with a reason', (input, reason) => {
    const result = parseTimestamp(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('parseTimestamp against Date', () => {
  // The arithmetic must give what Date gives, for every valid instant of years 1–9999.
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  it('agrees with Date.parse on random instants and offsets', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-02T00:00:00Z'), max: new Date('9999-12-30T23:59:59.999Z'), noInvalidDate: true }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (date, offset) => {
          const local = new Date(date.getTime() + offset * 60_000);
          const sign = offset < 0 ? '-' : '+';
          const text = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}.${pad(local.getUTCMilliseconds(), 3)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
          const result = parseTimestamp(text);
          expect(result).toEqual({ ok: true, ms: date.getTime() });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('knows the leap years of the Gregorian calendar', () => {
    for (const [text, ok] of [['1900-02-29T00:00:00Z', false], ['2000-02-29T00:00:00Z', true], ['2100-02-29T00:00:00Z', false], ['0004-02-29T00:00:00Z', true]] as const) {
      expect(parseTimestamp(text).ok).toBe(ok);
    }
  });
});
