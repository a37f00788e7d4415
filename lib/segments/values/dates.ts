// Date parsing for conditions. One grammar, written out exactly, so the SQL engines can
// reproduce it with a regular expression and arithmetic instead of a database's own
// (more lenient, locale- or version-dependent) date parser.
//
// Accepted forms (ISO 8601 / RFC 3339 extended format, ASCII digits only, no whitespace):
//   YYYY-MM-DD                                     midnight UTC of that day (trait values only)
//   YYYY-MM-DDTHH:mm[:ss[.f…]][Z|±HH:MM|±HHMM]     no offset means UTC (trait values only)
// `t`/`z` may be lower-case and `,` may stand for `.` (RFC 3339 and ISO allow both); the
// fraction has any number of digits and is truncated to the millisecond. Year 0000–9999;
// real calendar dates only; no leap second (:60); no 24:00; offsets up to ±23:59.
// This is deliberately a superset of what ingest (lib/ingest/timestamp.ts) accepts as a
// timestamp and what the CSV importer reports as a `date` column (it keeps the cell's text
// in traits), so every value the importer calls a date is a date here.
// Tree operands (`before`/`after`, `between` windows) must have the time and an offset.

const ISO_FORM =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export type ParsedIso = { ms: number; hasTime: boolean; hasOffset: boolean };

/** Parses the grammar above; undefined when the text is not exactly one of its forms. */
export function parseIso(text: string): ParsedIso | undefined {
  const m = ISO_FORM.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const hasTime = m[4] !== undefined;
  const hour = hasTime ? Number(m[4]) : 0;
  const minute = hasTime ? Number(m[5]) : 0;
  const second = m[6] !== undefined ? Number(m[6]) : 0;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = m[7] !== undefined ? Number((m[7] + '00').slice(0, 3)) : 0;
  let offsetMinutes = 0;
  const offset = m[8];
  if (offset !== undefined && offset !== 'Z' && offset !== 'z') {
    const oh = Number(offset.slice(1, 3));
    const om = Number(offset.slice(-2));
    if (oh > 23 || om > 59) return undefined;
    offsetMinutes = (offset[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const ms =
    daysFromCivil(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 +
    millis;
  return { ms, hasTime, hasOffset: offset !== undefined };
}

/** A trait or property value read as a date: only strings of the grammar; numbers are not dates. */
export function parseTraitDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  return parseIso(value)?.ms;
}

/** A tree operand: must carry a time and `Z` or an offset. */
export function parseInstant(text: string): number | undefined {
  const parsed = parseIso(text);
  return parsed && parsed.hasTime && parsed.hasOffset ? parsed.ms : undefined;
}

/** Why a tree operand was refused, in words a marketer understands; undefined when valid. */
export function instantProblem(text: string): string | undefined {
  const parsed = parseIso(text);
  const example = 'like 2024-05-01T00:00:00Z or 2024-05-01T00:00:00+02:00';
  if (!parsed) return `Enter a real date and time, ${example}.`;
  if (!parsed.hasTime) return `Add a time and a time zone offset to the date, ${example}.`;
  if (!parsed.hasOffset) return `Add a time zone offset (Z for UTC) to the time, ${example}.`;
  return undefined;
}
