// PostgreSQL COPY text format: one line per row, columns separated by tabs, \N for NULL,
// and backslash, tab, newline and carriage return escaped with a backslash. JSON text from
// JSON.stringify never holds raw control characters but may hold backslashes.
const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function copyText(value: string | null): string {
  if (value === null) return '\\N';
  return SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : value;
}

/** timestamptz input; ISO-8601 in UTC keeps the milliseconds. */
export function copyInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** Joins rows into chunks of about `size` characters: fewer, larger socket writes. */
export function* chunkLines(lines: Iterable<string>, size = 256 * 1024): Generator<string> {
  let chunk = '';
  for (const line of lines) {
    chunk += line;
    if (chunk.length >= size) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
