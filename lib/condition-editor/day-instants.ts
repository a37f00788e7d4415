import { parseInstant } from '@/lib/segments/values/dates';

// Date pickers work in calendar days of the workspace's time zone; trees store instants with
// an offset. The first day becomes the first instant of that day there, the last day its
// last millisecond, each written with the offset in force at that instant — so a day that
// starts in winter time and ends in summer time gets two different offsets (DST), and a day
// whose midnight does not exist (clocks jump from 00:00 to 01:00) starts at 01:00.

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall-clock time at `ms` in `zone`, as if that wall clock were UTC (whole seconds). */
function wallClock(ms: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** Offset from UTC at `ms` in `zone`, in whole minutes. */
function offsetMinutes(ms: number, zone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return Math.round((wallClock(whole, zone) - whole) / 60_000);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `ms` written as local time in `zone` with its offset: 2024-03-10T23:59:59.999-04:00. */
export function formatInstant(ms: number, zone: string): string {
  const offset = offsetMinutes(ms, zone);
  const local = new Date(ms + offset * 60_000);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const millis = local.getUTCMilliseconds();
  return `${date}T${time}${millis ? `.${pad(millis, 3)}` : ''}${offsetText(offset)}`;
}

function dayMs(day: string): number | undefined {
  const m = DAY.exec(day);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === day ? ms : undefined;
}

/** The first instant (ms) whose local date in `zone` is `day` or later. */
function startMs(localMidnight: number, zone: string): number {
  // Local midnight exists with one of the offsets in force around it: try each, keep the
  // earliest that really shows 00:00 (two do when clocks fall back across midnight).
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((d) => offsetMinutes(localMidnight + d, zone)));
  const exact = [...offsets].map((o) => localMidnight - o * 60_000).filter((t) => wallClock(t, zone) === localMidnight);
  if (exact.length > 0) return Math.min(...exact);
  // Midnight was skipped: the day starts at the transition. Binary search to the millisecond.
  let lo = localMidnight - DAY_MS;
  let hi = localMidnight + DAY_MS;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallClock(mid, zone) >= localMidnight) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** `2024-03-10` in America/New_York → `2024-03-10T00:00:00-05:00`; undefined for a non-date. */
export function startOfDayInstant(day: string, zone: string): string | undefined {
  const midnight = dayMs(day);
  return midnight === undefined ? undefined : formatInstant(startMs(midnight, zone), zone);
}

/** `2024-03-10` in America/New_York → `2024-03-10T23:59:59.999-04:00` (the next day's start − 1 ms). */
export function endOfDayInstant(day: string, zone: string): string | undefined {
  const midnight = dayMs(day);
  return midnight === undefined ? undefined : formatInstant(startMs(midnight + DAY_MS, zone) - 1, zone);
}

/** The calendar day (YYYY-MM-DD) an instant falls on in `zone`; undefined if not an instant. */
export function dayOfInstant(instant: string, zone: string): string | undefined {
  const ms = parseInstant(instant);
  if (ms === undefined) return undefined;
  return new Date(wallClock(ms, zone) + (ms - Math.floor(ms / 1000) * 1000)).toISOString().slice(0, 10);
}

/** Whether the instant is exactly the start (or end) of its day in `zone`, as a picker writes it. */
export function isDayBoundary(instant: string, zone: string, edge: 'start' | 'end'): boolean {
  const day = dayOfInstant(instant, zone);
  if (!day) return false;
  const boundary = edge === 'start' ? startOfDayInstant(day, zone) : endOfDayInstant(day, zone);
  return boundary !== undefined && parseInstant(boundary) === parseInstant(instant);
}

/** Today's date in `zone` at `now`. */
export function todayIn(zone: string, now: number): string {
  return new Date(wallClock(now, zone)).toISOString().slice(0, 10);
}

/** `day` shifted by `days` calendar days. */
export function addDays(day: string, days: number): string {
  const ms = dayMs(day);
  return ms === undefined ? day : new Date(ms + days * DAY_MS).toISOString().slice(0, 10);
}
