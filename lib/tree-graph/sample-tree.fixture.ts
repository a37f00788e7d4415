import type { Condition, TreeDocument } from '@/lib/segments';

// A small tree used across the tree-graph tests:
//   root ─all→ age (split) ─yes→ vip (segment)
//                          └no→  plan (switch) ─pro→ pros (segment), else open
export const cond = (value: number): Condition => ({ type: 'attribute', field: 'traits.age', operator: 'gte', value });

export function sampleTree(): TreeDocument {
  return {
    version: 1,
    nodes: [
      { id: 'root', type: 'root', position: { x: 0, y: 0 }, data: { label: 'Everyone' } },
      { id: 'age', type: 'split', position: { x: 0, y: 150 }, data: { label: 'Adults', condition: cond(18) } },
      { id: 'vip', type: 'segment', position: { x: -200, y: 300 }, data: { key: 'vip', name: 'VIP', color: '#6366f1' } },
      {
        id: 'plan',
        type: 'switch',
        position: { x: 200, y: 300 },
        data: {
          label: 'Plan',
          cases: [
            { id: 'pro', label: 'Pro', condition: { type: 'attribute', field: 'traits.plan', operator: 'eq', value: 'pro' } },
            { id: 'free', label: 'Free', condition: { type: 'attribute', field: 'traits.plan', operator: 'eq', value: 'free' } },
          ],
        },
      },
      { id: 'pros', type: 'segment', position: { x: 200, y: 450 }, data: { key: 'pros', name: 'Pros', color: '#10b981' } },
    ],
    edges: [
      { source: 'root', target: 'age', branch: 'all' },
      { source: 'age', target: 'vip', branch: 'yes' },
      { source: 'age', target: 'plan', branch: 'no' },
      { source: 'plan', target: 'pros', branch: 'pro' },
    ],
  };
}
