import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, parseInstant, parseIso } from '../values/dates';
import { parseTimestamp } from '../../ingest/timestamp';
import { fsum } from '../values/fsum';
import { isTimeZoneName, localTime } from '../values/timezone';
import { TZ_NAMES } from '../values/tz-names';

const dateCases: [text: string, expected: string | undefined][] = [
  ['2024-01-01', '2024-01-01T00:00:00.000Z'],
  ['2024-01-01T10:20', '2024-01-01T10:20:00.000Z'],
  ['2024-01-01T10:20:30', '2024-01-01T10:20:30.000Z'],
  ['2024-01-01T10:20:30.5', '2024-01-01T10:20:30.500Z'],
  ['2024-01-01T10:20:30.123456789Z', '2024-01-01T10:20:30.123Z'],
  ['2024-01-01T10:20:30.999999+01:00', '2024-01-01T09:20:30.999Z'],
  ['2024-01-01T00:00:00-00:00', '2024-01-01T00:00:00.000Z'],
  ['2024-03-01T00:30:00+05:45', '2024-02-29T18:45:00.000Z'],
  ['1969-12-31T23:59:59.999Z', '1969-12-31T23:59:59.999Z'],
  ['0001-01-01', '0001-01-01T00:00:00.000Z'],
  ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
  ['2000-02-29', '2000-02-29T00:00:00.000Z'],
  ['1900-02-29', undefined],
  ['2024-04-31', undefined],
  ['2024-00-10', undefined],
  ['2024-1-01', undefined],
  ['+002024-01-01', undefined],
  ['2024-01-01Z', undefined],
  ['2024-01-01T10', undefined],
  ['2024-01-01T10:20:30.', undefined],
  ['2024-01-01T10:20:30.1234567890Z', '2024-01-01T10:20:30.123Z'],
  ['2024-01-01t10:20:30,5z', '2024-01-01T10:20:30.500Z'],
  ['2024-01-01T10:20:30+0100', '2024-01-01T09:20:30.000Z'],
  ['2024-01-01T10:20:30-0130', '2024-01-01T11:50:30.000Z'],
  ['2024-01-01T10:20:30+01:0', undefined],
  ['2024-01-01T10:20:30+010', undefined],
  ['2024-01-01T10:20:30+01', undefined],
  ['2024-01-01T10:20:30+01:60', undefined],
  ['2024-01-01T10:60:00Z', undefined],
  ['2024-01-01T10:20:30Z ', undefined],
  ['2024-01-01T10:20:30.Z', undefined],
  ['2024-01-01 10:20:30Z', undefined],
  ['２０２４-01-01', undefined],
  ['2024-01-01\n', undefined],
  ['', undefined],
];

describe('ISO date grammar', () => {
  it.each(dateCases)('%j', (text, expected) => {
    const parsed = parseIso(text);
    expect(parsed === undefined ? undefined : new Date(parsed.ms).toISOString()).toBe(expected);
  });
  it('agrees with Date.parse on every form it accepts', () => {
    const forms = fc
      .tuple(
        fc.integer({ min: 1970, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom('Z', '+00:00', '+05:30', '-08:00', '+14:00', '-12:00'),
      )
      .map(([y, mo, d, h, mi, s, ms, off]) => {
        const p = (n: number, w = 2) => String(n).padStart(w, '0');
        return `${y}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}:${p(s)}.${p(ms, 3)}${off}`;
      });
    fc.assert(fc.property(forms, (text) => parseIso(text)!.ms === Date.parse(text)));
  });
  it('reads every timestamp ingest accepts, to the same millisecond', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const forms = fc
      .tuple(
        fc.integer({ min: 1, max: 9998 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 59 }), fc.option(fc.tuple(fc.constantFrom('.', ','), fc.stringMatching(/^\d{1,12}$/))))),
        fc.constantFrom('T', 't'),
        fc.constantFrom('Z', 'z', '+00:00', '+0530', '-08:00', '-1159', '+14:00'),
      )
      .map(([y, mo, d, h, mi, sec, t, off]) => {
        const seconds = sec ? `:${pad(sec[0])}${sec[1] ? sec[1][0] + sec[1][1] : ''}` : '';
        return `${pad(y, 4)}-${pad(mo)}-${pad(d)}${t}${pad(h)}:${pad(mi)}${seconds}${off}`;
      });
    fc.assert(
      fc.property(forms, (text) => {
        const ingest = parseTimestamp(text);
        return !ingest.ok || parseIso(text)?.ms === ingest.ms;
      }),
    );
  });
  it('days_from_civil matches Date.UTC', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (d) => {
        const days = daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
        return days === Math.floor(d.getTime() / 86_400_000);
      }),
    );
  });
  it('tree operands need a time and an offset', () => {
    expect(parseInstant('2024-01-01')).toBeUndefined();
    expect(parseInstant('2024-01-01T00:00:00')).toBeUndefined();
    expect(parseInstant('2024-01-01T00:00:00Z')).toBe(Date.UTC(2024, 0, 1));
  });
});

describe('fsum', () => {
  it.each([
    [[], 0],
    [Array(10).fill(0.1), 1],
    [[0.1, 0.2, 0.3], 0.6],
    [[1e100, 1, -1e100], 1],
    [[1e16, 1, 1], 10000000000000002],
    [[-0.5, 0.25], -0.25],
  ])('%j → %d', (values, expected) => {
    expect(fsum(values as number[])).toBe(expected);
  });
  it('does not depend on order', () => {
    const doubles = fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e200, max: 1e200 }), { maxLength: 20 });
    fc.assert(
      fc.property(doubles, fc.integer(), (values, seed) => {
        const shuffled = [...values].sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b);
        return Object.is(fsum(values) + 0, fsum(shuffled) + 0);
      }),
    );
  });
  it('falls back to the naive sum on overflow', () => {
    expect(fsum([1.7e308, 1.7e308])).toBe(Infinity);
  });
});

describe('time zones', () => {
  it('lists the tz database names exactly', () => {
    expect(TZ_NAMES.size).toBe(597);
    for (const name of ['UTC', 'Etc/UTC', 'GMT', 'Europe/Kyiv', 'Europe/Kiev', 'Asia/Kolkata', 'US/Eastern', 'EST5EDT']) {
      expect(isTimeZoneName(name)).toBe(true);
    }
    for (const name of ['utc', 'europe/paris', 'Europe/paris', 'Factory', 'localtime', 'Z', '+02:00', 'CEST', '']) {
      expect(isTimeZoneName(name)).toBe(false);
    }
  });
  it('every listed name works in this runtime', () => {
    for (const name of TZ_NAMES) expect(localTime(name, Date.UTC(2024, 5, 15)), name).toBeDefined();
  });
});
