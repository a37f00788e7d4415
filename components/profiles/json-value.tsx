/**
 * A JSON value shown with its type visible: conditions never coerce, so "31" (a string) and
 * 31 (a number) must look different here.
 */
export function JsonValue({ value }: { value: unknown }) {
  if (value === null) return <span className="font-mono text-xs text-slate-400">null</span>;
  if (typeof value === 'string') return <span>{value === '' ? <span className="font-mono text-xs text-slate-400">""</span> : value}</span>;
  if (typeof value === 'number') return <span className="font-mono text-xs text-sky-700">{String(value)}</span>;
  if (typeof value === 'boolean') return <span className="font-mono text-xs text-violet-700">{String(value)}</span>;
  return <code className="block rounded bg-slate-50 px-1.5 py-1 font-mono text-xs break-all whitespace-pre-wrap text-slate-700">{JSON.stringify(value, null, 1)}</code>;
}
