// The reference tree of the preview benchmark, over the demo data (lib/demo): 8 segments
// that mix attribute, event count in a window, event sum, context (device, country, local
// hour) and a nested group, the shapes a marketer draws. Every branch is connected, so
// every profile that may be personalised reaches a segment.
const at = (x: number, y: number) => ({ x, y });
const count = (event: string, days: number, operator: string, value: number) => ({
  type: 'event', event, window: { type: 'last', amount: days, unit: 'days' }, measure: 'count', operator, value,
});
const segment = (id: string, key: string, name: string, color: string, x: number) => ({
  id, type: 'segment', position: at(x, 480), data: { key, name, color },
});

export const REFERENCE_PROPERTY_COLUMNS = { purchase: ['amount'] } as const;

export function referenceTree() {
  return {
    version: 1,
    nodes: [
      { id: 'root', type: 'root', position: at(0, 0), data: { label: 'Everyone' } },
      {
        id: 'value',
        type: 'switch',
        position: at(0, 120),
        data: {
          label: 'Customer value',
          cases: [
            {
              id: 'vip',
              label: 'VIP',
              condition: {
                type: 'group',
                combinator: 'and',
                conditions: [
                  { type: 'event', event: 'purchase', window: { type: 'last', amount: 90, unit: 'days' }, measure: 'sum', property: 'properties.amount', operator: 'gte', value: 500 },
                  {
                    type: 'group',
                    combinator: 'or',
                    conditions: [
                      { type: 'attribute', field: 'traits.plan', operator: 'in', value: ['plus', 'premium'] },
                      { type: 'attribute', field: 'traits.loyalty.tier', operator: 'in', value: ['gold', 'platinum'] },
                    ],
                  },
                ],
              },
            },
            { id: 'buyer', label: 'Recent buyer', condition: count('purchase', 30, 'gte', 1) },
            {
              id: 'cart',
              label: 'Abandoned a cart',
              condition: { type: 'group', combinator: 'and', conditions: [count('add_to_cart', 7, 'gte', 1), count('purchase', 7, 'eq', 0)] },
            },
            { id: 'browser', label: 'Keen browser', condition: count('product_view', 14, 'gte', 5) },
          ],
        },
      },
      { id: 'device', type: 'split', position: at(-300, 300), data: { label: 'On mobile', condition: { type: 'context', field: 'device', operator: 'eq', value: 'mobile' } } },
      { id: 'age', type: 'split', position: at(200, 300), data: { label: 'Under 35', condition: { type: 'attribute', field: 'traits.age', operator: 'between', value: [18, 34] } } },
      {
        id: 'evening',
        type: 'split',
        position: at(500, 300),
        data: {
          label: 'Evening in the Americas, reads e-mail',
          condition: {
            type: 'group',
            combinator: 'and',
            conditions: [
              { type: 'context', field: 'country', operator: 'in', value: ['US', 'CA', 'MX', 'BR'] },
              { type: 'context', field: 'local_hour', operator: 'between', value: [17, 23] },
              count('email_open', 30, 'gte', 1),
            ],
          },
        },
      },
      segment('s-vip', 'vip', 'VIP', '#7c3aed', -500),
      segment('s-mobile-buyers', 'mobile-buyers', 'Recent buyers on mobile', '#2563eb', -350),
      segment('s-other-buyers', 'other-buyers', 'Recent buyers, other devices', '#0891b2', -200),
      segment('s-cart', 'cart-abandoners', 'Cart abandoners', '#f59e0b', -50),
      segment('s-young-browsers', 'young-browsers', 'Young keen browsers', '#16a34a', 100),
      segment('s-browsers', 'browsers', 'Keen browsers', '#65a30d', 250),
      segment('s-evening', 'evening-readers', 'Evening readers in the Americas', '#db2777', 400),
      segment('s-dormant', 'dormant', 'Everyone else', '#64748b', 550),
    ],
    edges: [
      { source: 'root', target: 'value', branch: 'all' },
      { source: 'value', target: 's-vip', branch: 'vip' },
      { source: 'value', target: 'device', branch: 'buyer' },
      { source: 'value', target: 's-cart', branch: 'cart' },
      { source: 'value', target: 'age', branch: 'browser' },
      { source: 'value', target: 'evening', branch: 'else' },
      { source: 'device', target: 's-mobile-buyers', branch: 'yes' },
      { source: 'device', target: 's-other-buyers', branch: 'no' },
      { source: 'age', target: 's-young-browsers', branch: 'yes' },
      { source: 'age', target: 's-browsers', branch: 'no' },
      { source: 'evening', target: 's-evening', branch: 'yes' },
      { source: 'evening', target: 's-dormant', branch: 'no' },
    ],
  };
}
