import Papa from 'papaparse';

// CSV text to rows, each with the file line it starts on (1-based; the header is line 1),
// so a rejection can point at the line a spreadsheet user sees. Blank lines are skipped but
// still counted; quoted cells may span lines.
export interface CsvRow {
  line: number;
  cells: string[];
  /** A structural problem papaparse found (e.g. an unclosed quote). */
  error?: string;
}

export interface ParsedCsv {
  header: string[] | null;
  headerLine: number;
  rows: CsvRow[];
}

export function parseCsvText(text: string, delimiter: string): ParsedCsv {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // Excel's byte-order mark
  const result = Papa.parse<string[]>(input, { delimiter, header: false, skipEmptyLines: false });
  const linebreak = result.meta.linebreak === '\r' ? '\r' : '\n';
  const errors = new Map<number, string>();
  for (const e of result.errors) {
    // Field-count mismatches are checked against the header by the caller.
    if (e.type === 'Quotes' && e.row !== undefined && !errors.has(e.row)) errors.set(e.row, e.message);
  }

  let line = 1;
  let header: string[] | null = null;
  let headerLine = 0;
  const rows: CsvRow[] = [];
  result.data.forEach((cells, i) => {
    const start = line;
    line += 1;
    for (const cell of cells) line += count(cell, linebreak);
    if (cells.length === 1 && cells[0] === '') return;
    if (header === null) {
      header = cells;
      headerLine = start;
      return;
    }
    const error = errors.get(i);
    rows.push(error ? { line: start, cells, error } : { line: start, cells });
  });
  return { header, headerLine, rows };
}

function count(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) n++;
  return n;
}
