// A small tree used by the tree-level tests and shown in docs/SEGMENTS.md:
// root → split "Age 25–34"
//          yes → switch "Device": mobile → segment young-mobile; desktop → (open); else → young-other
//          no  → split "Recent buyer": yes → segment buyers; no → (open)
export const ageCondition = { type: 'attribute', field: 'traits.age', operator: 'between', value: [25, 34] };
export const buyerCondition = {
  type: 'event',
  event: 'purchase',
  window: { type: 'last', amount: 30, unit: 'days' },
  measure: 'count',
  operator: 'gte',
  value: 1,
};
const device = (value: string) => ({ type: 'context', field: 'device', operator: 'eq', value });
const at = (x: number, y: number) => ({ x, y });

export function sampleTree() {
  return {
    version: 1,
    nodes: [
      { id: 'root', type: 'root', position: at(0, 0), data: { label: 'Everyone' } },
      { id: 'age', type: 'split', position: at(0, 120), data: { label: 'Age 25–34', condition: ageCondition } },
      {
        id: 'device',
        type: 'switch',
        position: at(-200, 240),
        data: {
          label: 'Device',
          cases: [
            { id: 'mobile', label: 'Mobile', condition: device('mobile') },
            { id: 'desktop', label: 'Desktop', condition: device('desktop') },
          ],
        },
      },
      { id: 'buyer', type: 'split', position: at(200, 240), data: { label: 'Recent buyer', condition: buyerCondition } },
      { id: 'seg-ym', type: 'segment', position: at(-300, 360), data: { key: 'young-mobile', name: 'Young mobile', color: '#6366f1' } },
      { id: 'seg-yo', type: 'segment', position: at(-100, 360), data: { key: 'young-other', name: 'Young, other devices', color: '#22c55e' } },
      { id: 'seg-b', type: 'segment', position: at(200, 360), data: { key: 'buyers', name: 'Recent buyers', color: '#f59e0b' } },
    ],
    edges: [
      { id: 'e1', source: 'root', target: 'age', branch: 'all' },
      { id: 'e2', source: 'age', target: 'device', branch: 'yes' },
      { id: 'e3', source: 'age', target: 'buyer', branch: 'no' },
      { id: 'e4', source: 'device', target: 'seg-ym', branch: 'mobile' },
      { id: 'e5', source: 'device', target: 'seg-yo', branch: 'else' },
      { id: 'e6', source: 'buyer', target: 'seg-b', branch: 'yes' },
    ],
  };
}

export type Doc = ReturnType<typeof sampleTree>;
type AnyNode = Doc['nodes'][number] | Record<string, unknown>;

/** A copy of the sample with changes applied, for one validation case each. */
export function variant(change: (doc: { version: unknown; nodes: AnyNode[]; edges: Record<string, unknown>[] }) => void) {
  const doc = structuredClone(sampleTree()) as unknown as { version: unknown; nodes: AnyNode[]; edges: Record<string, unknown>[] };
  change(doc);
  return doc;
}
