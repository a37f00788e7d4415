import { TZ_NAMES } from './tz-names';

// Local hour and day of week at `asOf` in a profile's time zone.
//
// The rule for names is exact: a name counts only if it is, character for character, a Zone
// or Link name of the tz database (TZ_NAMES). Intl and PostgreSQL both accept
// "america/new_york" and Intl rewrites aliases (Asia/Kolkata → Asia/Calcutta), so asking
// either of them "is this valid?" would make the answer depend on the engine and its ICU
// version. The list decides validity; Intl only does the arithmetic. A listed name that the
// runtime's ICU cannot handle is treated as missing too (none in Node 20's ICU 78).

export const DAYS_OF_WEEK = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

export type LocalTime = { hour: number; dayOfWeek: DayOfWeek };

export function isTimeZoneName(value: unknown): value is string {
  return typeof value === 'string' && TZ_NAMES.has(value);
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();
// Counting evaluates thousands of profiles at one asOf, mostly in a handful of zones.
const lastResult = new Map<string, { asOf: number; local: LocalTime }>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        hour: 'numeric',
        weekday: 'long',
      });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

export function localTime(zone: unknown, asOf: number): LocalTime | undefined {
  if (!isTimeZoneName(zone)) return undefined;
  const cached = lastResult.get(zone);
  if (cached && cached.asOf === asOf) return cached.local;
  const formatter = formatterFor(zone);
  if (!formatter) return undefined;
  let hour = -1;
  let weekday = '';
  for (const part of formatter.formatToParts(asOf)) {
    if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'weekday') weekday = part.value.toLowerCase();
  }
  const dayOfWeek = DAYS_OF_WEEK.find((d) => d === weekday);
  if (!(hour >= 0 && hour <= 23) || !dayOfWeek) return undefined;
  const local = { hour, dayOfWeek };
  lastResult.set(zone, { asOf, local });
  return local;
}
