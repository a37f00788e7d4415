// Event timestamps are instants: ISO-8601 / RFC 3339 with `Z` or a ±hh:mm offset. Anything
// that leaves the time zone to guesswork (no offset, a date only) is refused with a reason
// instead of being read in the server's zone. Digits after the millisecond are truncated,
// not rounded, so a timestamp never moves into the next millisecond.
import { MS_PER_DAY, daysFromCivil } from '@/lib/segments/values/dates';

// Dates by arithmetic (daysFromCivil), without Date objects: Next.js wraps the Date
// constructor, which made this function the ingest route's costliest step per event.
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export type ParsedTimestamp = { ok: true; ms: number } | { ok: false; reason: string };

const EXAMPLE = 'e.g. 2024-05-01T12:30:00Z or 2024-05-01T14:30:00+02:00';

// Instants both databases store: PostgreSQL has no year 0 and no five-digit years.
const MIN_MS = Date.parse('0001-01-01T00:00:00.000Z');
const MAX_MS = Date.parse('9999-12-31T23:59:59.999Z');

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function parseTimestamp(text: string): ParsedTimestamp {
  const value = text.trim();
  if (DATE_ONLY.test(value)) return { ok: false, reason: `"${value}" is a date without a time; send an instant, ${EXAMPLE}` };
  const m = INSTANT.exec(value);
  if (!m) return { ok: false, reason: `"${clip(value)}" is not an ISO-8601 timestamp; ${EXAMPLE}` };
  if (!m[8] && !m[9]) return { ok: false, reason: `"${value}" has no time zone offset; add Z or ±hh:mm, ${EXAMPLE}` };

  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  const second = m[6] ? Number(m[6]) : 0;
  const millis = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const offHours = m[10] ? Number(m[10]) : 0;
  const offMinutes = m[11] ? Number(m[11]) : 0;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: `"${value}" is not a valid date and time` };
  }
  if (offHours > 23 || offMinutes > 59) return { ok: false, reason: `"${value}" has an invalid offset` };

  const sign = m[9] === '-' ? -1 : 1;
  const local = daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  const ms = local - sign * (offHours * 60 + offMinutes) * 60_000;
  if (ms < MIN_MS || ms > MAX_MS) return { ok: false, reason: `"${value}" is outside the years 0001–9999 (UTC)` };
  return { ok: true, ms };
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
