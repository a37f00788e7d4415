import { describe, expect, it } from 'vitest';
import { parseInstant } from '@/lib/segments/values/dates';
import { addDays, dayOfInstant, endOfDayInstant, isDayBoundary, startOfDayInstant, todayIn } from './day-instants';

const CASES: [zone: string, day: string, start: string, end: string][] = [
  ['UTC', '2024-05-01', '2024-05-01T00:00:00Z', '2024-05-01T23:59:59.999Z'],
  ['Europe/Paris', '2024-07-14', '2024-07-14T00:00:00+02:00', '2024-07-14T23:59:59.999+02:00'],
  ['Asia/Kolkata', '2024-01-31', '2024-01-31T00:00:00+05:30', '2024-01-31T23:59:59.999+05:30'],
  // DST starts during the day: the end carries summer time.
  ['America/New_York', '2024-03-10', '2024-03-10T00:00:00-05:00', '2024-03-10T23:59:59.999-04:00'],
  ['Europe/Paris', '2024-03-31', '2024-03-31T00:00:00+01:00', '2024-03-31T23:59:59.999+02:00'],
  // DST ends during the day: a 25-hour day.
  ['Europe/Paris', '2024-10-27', '2024-10-27T00:00:00+02:00', '2024-10-27T23:59:59.999+01:00'],
  ['America/New_York', '2024-11-03', '2024-11-03T00:00:00-04:00', '2024-11-03T23:59:59.999-05:00'],
  // Midnight does not exist (clocks jump 00:00 → 01:00): the day starts at 01:00.
  ['America/Santiago', '2024-09-08', '2024-09-08T01:00:00-03:00', '2024-09-08T23:59:59.999-03:00'],
  // The day before such a jump ends at 23:59:59.999 of the old offset.
  ['America/Santiago', '2024-09-07', '2024-09-07T00:00:00-04:00', '2024-09-07T23:59:59.999-04:00'],
  // Southern hemisphere, a half-hour DST shift.
  ['Australia/Lord_Howe', '2024-04-07', '2024-04-07T00:00:00+11:00', '2024-04-07T23:59:59.999+10:30'],
  ['Pacific/Chatham', '2024-06-01', '2024-06-01T00:00:00+12:45', '2024-06-01T23:59:59.999+12:45'],
  ['America/St_Johns', '2024-12-24', '2024-12-24T00:00:00-03:30', '2024-12-24T23:59:59.999-03:30'],
];

describe('day → instant in the workspace time zone', () => {
  it.each(CASES)('%s %s', (zone, day, start, end) => {
    expect(startOfDayInstant(day, zone)).toBe(start);
    expect(endOfDayInstant(day, zone)).toBe(end);
    // The strings are valid tree operands, and read back as the same day.
    expect(parseInstant(start)).toBeDefined();
    expect(parseInstant(end)).toBeDefined();
    expect(dayOfInstant(start, zone)).toBe(day);
    expect(dayOfInstant(end, zone)).toBe(day);
    expect(isDayBoundary(start, zone, 'start')).toBe(true);
    expect(isDayBoundary(end, zone, 'end')).toBe(true);
  });

  it('the next day starts one millisecond after a day ends', () => {
    for (const [zone, day] of CASES) {
      expect(parseInstant(startOfDayInstant(addDays(day, 1), zone)!)! - parseInstant(endOfDayInstant(day, zone)!)!).toBe(1);
    }
  });

  it('refuses what is not a calendar day', () => {
    expect(startOfDayInstant('2024-02-30', 'UTC')).toBeUndefined();
    expect(endOfDayInstant('yesterday', 'UTC')).toBeUndefined();
    expect(dayOfInstant('2024-05-01', 'UTC')).toBeUndefined();
  });

  it('reads an instant back as a day in another zone, and tells boundaries apart', () => {
    expect(dayOfInstant('2024-05-01T23:30:00Z', 'Europe/Paris')).toBe('2024-05-02');
    expect(dayOfInstant('2024-05-01T00:30:00+02:00', 'UTC')).toBe('2024-04-30');
    expect(isDayBoundary('2024-05-01T10:00:00Z', 'UTC', 'start')).toBe(false);
    expect(isDayBoundary('2024-05-01T00:00:00Z', 'Europe/Paris', 'start')).toBe(false);
  });

  it('knows today in a zone and shifts days across months and leap years', () => {
    const now = Date.parse('2024-02-28T23:30:00Z');
    expect(todayIn('UTC', now)).toBe('2024-02-28');
    expect(todayIn('Asia/Tokyo', now)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
  });
});
