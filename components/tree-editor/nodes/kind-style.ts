// One look per node kind, shared by the nodes, the palette and the minimap.
export interface KindStyle {
  label: string;
  badge: string;
  bar: string;
}

export const KIND_STYLE = {
  root: { label: 'Start', badge: 'bg-slate-900 text-white', bar: '#0f172a' },
  split: { label: 'Split', badge: 'bg-sky-50 text-sky-700', bar: '#0ea5e9' },
  switch: { label: 'Switch', badge: 'bg-violet-50 text-violet-700', bar: '#8b5cf6' },
  segment: { label: 'Segment', badge: 'bg-emerald-50 text-emerald-700', bar: '#10b981' },
} satisfies Record<string, KindStyle>;
