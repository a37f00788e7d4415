import type { CsvColumn } from './csv-columns';
import type { CsvRow } from './parse-csv-text';
import { classifyValue, type ValueType } from './value-types';

/**
 * Each column's type: the forced one, else the type most of its non-empty cells have. A tie
 * or an empty column is string, the one type every cell fits, so no line is rejected on a
 * coin toss.
 */
export function inferColumnTypes(columns: readonly CsvColumn[], rows: readonly CsvRow[]): ValueType[] {
  return columns.map((column) => {
    if (column.forced) return column.forced;
    const counts: Record<ValueType, number> = { number: 0, boolean: 0, date: 0, string: 0 };
    for (const row of rows) {
      const cell = row.cells[column.index];
      if (cell !== undefined && cell !== '') counts[classifyValue(cell)]++;
    }
    let best: ValueType = 'string';
    for (const type of ['number', 'boolean', 'date'] as const) {
      if (counts[type] > counts[best] && !isTie(counts, type)) best = type;
    }
    return best;
  });
}

function isTie(counts: Record<ValueType, number>, type: ValueType): boolean {
  return (Object.keys(counts) as ValueType[]).some((other) => other !== type && counts[other] === counts[type]);
}
