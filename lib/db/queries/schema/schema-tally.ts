// Rows of the discovery queries → per-path summaries, in the shape the editor's pickers read.
// Types follow the conditions' rules: nothing coerced, null not counted, a string in the
// date grammar is a `date`. Only paths a condition can address are kept (keys of letters,
// digits, _ and -, at most 5 deep).

export type ValueType = 'string' | 'number' | 'boolean' | 'date' | 'array' | 'object';

export type FieldSummary = {
  path: string;
  /** Sampled documents with a (non-null) value at this path. */
  present: number;
  types: Partial<Record<ValueType, number>>;
  topValues: { value: string | number | boolean; count: number }[];
};

const KEY = /^[\p{L}\p{N}_-]{1,64}$/u;
const TYPES: Record<string, ValueType> = {
  text: 'string', string: 'string', integer: 'number', real: 'number', number: 'number',
  true: 'boolean', false: 'boolean', boolean: 'boolean', array: 'array', object: 'object',
};

/** SQLite's json_tree fullkey (`$.a."b-c"`) or PostgreSQL's text[] → keys; undefined if not addressable. */
export function keysOfPath(path: unknown): string[] | undefined {
  let keys: string[];
  if (Array.isArray(path)) keys = path.map(String);
  else {
    const text = String(path);
    keys = [];
    for (let i = 1; i < text.length; ) {
      if (text[i] !== '.') return undefined;
      if (text[i + 1] === '"') {
        const end = text.indexOf('"', i + 2);
        if (end < 0) return undefined;
        keys.push(text.slice(i + 2, end));
        i = end + 1;
      } else {
        const end = text.indexOf('.', i + 1);
        keys.push(text.slice(i + 1, end < 0 ? undefined : end));
        i = end < 0 ? text.length : end;
      }
    }
  }
  return keys.length > 0 && keys.length <= 5 && keys.every((k) => KEY.test(k)) ? keys : undefined;
}

type Acc = { present: number; types: Partial<Record<ValueType, number>>; values: FieldSummary['topValues'] };

export class SchemaTally {
  documents = 0;
  private readonly fields = new Map<string, Acc>();

  constructor(private readonly prefix: string) {}

  private acc(keys: string[]): Acc {
    const path = [this.prefix, ...keys].join('.');
    let acc = this.fields.get(path);
    if (!acc) this.fields.set(path, (acc = { present: 0, types: {}, values: [] }));
    return acc;
  }

  addType(keys: string[] | undefined, type: string, n: number, dates: number): void {
    const t = TYPES[type];
    if (!keys || !t) return;
    const acc = this.acc(keys);
    acc.present += n;
    const plain = t === 'string' ? n - dates : n;
    if (plain > 0) acc.types[t] = (acc.types[t] ?? 0) + plain;
    if (t === 'string' && dates > 0) acc.types.date = (acc.types.date ?? 0) + dates;
  }

  addValue(keys: string[] | undefined, type: string, raw: unknown, n: number): void {
    const t = TYPES[type];
    if (!keys || !t || t === 'array' || t === 'object') return;
    // PostgreSQL sends the jsonb as JSON text; SQLite sends the atom (booleans as 1/0).
    const value = type === 'true' ? true : type === 'false' ? false : typeof raw === 'string' && !(type === 'text') ? JSON.parse(raw) : raw;
    this.acc(keys).values.push({ value: value as string | number | boolean, count: n });
  }

  summaries(top = 10): FieldSummary[] {
    return [...this.fields.entries()]
      .filter(([, acc]) => acc.present > 0)
      .map(([path, acc]) => ({ path, present: acc.present, types: acc.types, topValues: acc.values.sort((a, b) => b.count - a.count).slice(0, top) }))
      .sort((a, b) => b.present - a.present || a.path.localeCompare(b.path));
  }
}
