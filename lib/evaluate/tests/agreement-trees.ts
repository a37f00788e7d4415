import { referenceTree } from '../../../bench/preview/reference-tree';

// Trees over the demo data (lib/demo) for the agreement test and the evaluate benchmark: the
// preview benchmark's reference tree (attributes, event counts and sums in windows, context,
// local hour) and a second tree that reads its `vip` segment and adds what the first lacks:
// an `ever` window with a property filter, firstSeenAt, and a `between` window.
export { referenceTree };

const at = (x: number, y: number) => ({ x, y });

export function loyaltyTree() {
  return {
    version: 1,
    nodes: [
      { id: 'root', type: 'root', position: at(0, 0), data: { label: 'Everyone' } },
      {
        id: 'tier', type: 'switch', position: at(0, 120),
        data: {
          label: 'Loyalty',
          cases: [
            { id: 'vip', label: 'VIP', condition: { type: 'segment', operator: 'in', segment: 'vip' } },
            {
              id: 'fan', label: 'Sports and books fan',
              condition: {
                type: 'event', event: 'purchase', window: { type: 'ever' }, measure: 'count', operator: 'gte', value: 2,
                where: [{ field: 'properties.category', operator: 'in', value: ['sports', 'books'] }],
              },
            },
            { id: 'new', label: 'New this month', condition: { type: 'attribute', field: 'firstSeenAt', operator: 'within_last', value: { amount: 30, unit: 'days' } } },
            {
              id: 'spring', label: 'Viewed in a fixed fortnight',
              condition: { type: 'event', event: 'product_view', window: { type: 'between', from: '2026-09-01T00:00:00Z', to: '2026-09-14T23:59:59Z' }, measure: 'distinct_days', operator: 'gte', value: 2 },
            },
          ],
        },
      },
      { id: 's-loyal-vip', type: 'segment', position: at(-300, 260), data: { key: 'loyal-vip', name: 'Loyal VIP', color: '#7c3aed' } },
      { id: 's-fan', type: 'segment', position: at(-100, 260), data: { key: 'sports-fan', name: 'Sports and books fan', color: '#16a34a' } },
      { id: 's-new', type: 'segment', position: at(100, 260), data: { key: 'newcomer', name: 'Newcomer', color: '#f59e0b' } },
      { id: 's-spring', type: 'segment', position: at(300, 260), data: { key: 'fortnight-viewer', name: 'Fortnight viewer', color: '#2563eb' } },
    ],
    // The else branch is left open: those profiles stay unassigned.
    edges: [
      { source: 'root', target: 'tier', branch: 'all' },
      { source: 'tier', target: 's-loyal-vip', branch: 'vip' },
      { source: 'tier', target: 's-fan', branch: 'fan' },
      { source: 'tier', target: 's-new', branch: 'new' },
      { source: 'tier', target: 's-spring', branch: 'spring' },
    ],
  };
}
