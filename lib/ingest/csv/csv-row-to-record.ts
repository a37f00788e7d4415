import { normalizeEvent, normalizeProfile } from '../normalize-records';
import type { EventWrite, JsonObject, ProfileWrite } from '../types';
import type { CsvColumn, CsvKind } from './csv-columns';
import type { CsvRow } from './parse-csv-text';
import { convertValue, type ValueType } from './value-types';

// One CSV row to the same record the JSON routes take, checked by the same validator, so
// a CSV line and a JSON record are accepted or rejected alike. An empty cell means the field
// is absent.
export interface CsvIssue {
  /** The column's name, or null for a problem with the whole line. */
  column: string | null;
  code: string;
  message: string;
}

export type CsvRowResult<T> = { ok: true; value: T } | { ok: false; issues: CsvIssue[] };

export function csvRowToRecord(
  kind: CsvKind,
  row: CsvRow,
  columns: readonly CsvColumn[],
  types: readonly ValueType[],
  width: number,
  receivedAt: number,
): CsvRowResult<ProfileWrite | EventWrite> {
  if (row.error) return { ok: false, issues: [{ column: null, code: 'malformed_line', message: row.error }] };
  if (row.cells.length !== width) {
    const message = `expected ${width} fields like the header, found ${row.cells.length}`;
    return { ok: false, issues: [{ column: null, code: 'field_count', message }] };
  }

  const record: JsonObject = {};
  const issues: CsvIssue[] = [];
  columns.forEach((column, i) => {
    const cell = row.cells[column.index];
    if (cell === '') return;
    const converted = convertValue(cell, types[i]);
    if (!converted.ok) {
      issues.push({ column: column.name, code: 'type_mismatch', message: `${column.name}: ${converted.reason} (column type ${types[i]})` });
      return;
    }
    // The scalar fields go through the record validator as text (timestamp is parsed there).
    if (column.path.length === 0) record[column.target] = cell;
    else setPath(record, column.target, column.path, converted.value);
  });
  if (issues.length > 0) return { ok: false, issues };

  const checked = kind === 'profiles' ? normalizeProfile(record) : normalizeEvent(record, receivedAt);
  if (checked.ok) return checked;
  const { problem } = checked;
  const column = columns.find((c) => problem.path !== undefined && (problem.path === c.name || problem.path.startsWith(`${c.name}.`)));
  return { ok: false, issues: [{ column: column?.name ?? null, code: problem.code, message: problem.message }] };
}

/** Own properties only: a path part such as "constructor" must not reach Object's prototype. */
function setPath(record: JsonObject, target: string, path: readonly string[], value: unknown) {
  let node = child(record, target);
  for (let i = 0; i < path.length - 1; i++) node = child(node, path[i]);
  node[path[path.length - 1]] = value;
}

function child(node: JsonObject, key: string): JsonObject {
  if (!Object.hasOwn(node, key)) node[key] = {};
  return node[key] as JsonObject;
}
