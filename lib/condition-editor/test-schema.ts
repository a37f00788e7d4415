import type { SchemaResponse } from './schema-response';

/** A schema response like the demo workspace's, for the tests. */
export const TEST_SCHEMA: SchemaResponse = {
  sampled: { profiles: 100, events: 500 },
  traits: [
    { path: 'traits.plan', present: 90, types: { string: 90 }, topValues: [{ value: 'free', count: 60 }, { value: 'pro', count: 30 }] },
    { path: 'traits.age', present: 80, types: { number: 78, string: 2 }, topValues: [{ value: 31, count: 5 }, { value: 25, count: 4 }, { value: '31', count: 2 }] },
    { path: 'traits.email', present: 70, types: { string: 70 }, topValues: [{ value: 'a@example.com', count: 1 }] },
    { path: 'traits.signedUpAt', present: 60, types: { date: 60 }, topValues: [] },
    { path: 'traits.newsletter', present: 50, types: { boolean: 50 }, topValues: [{ value: true, count: 30 }, { value: false, count: 20 }] },
    { path: 'traits.tags', present: 40, types: { array: 40 }, topValues: [] },
    { path: 'traits.address', present: 30, types: { object: 30 }, topValues: [] },
    { path: 'traits.address.country', present: 30, types: { string: 30 }, topValues: [{ value: 'FR', count: 20 }] },
  ],
  context: [{ path: 'device', present: 90, types: { string: 90 }, topValues: [{ value: 'mobile', count: 60 }, { value: 'desktop', count: 30 }] }],
  events: [
    {
      name: 'product_view',
      sampled: 300,
      properties: [{ path: 'properties.category', present: 300, types: { string: 300 }, topValues: [{ value: 'shoes', count: 100 }] }],
    },
    {
      name: 'purchase',
      sampled: 200,
      properties: [{ path: 'properties.amount', present: 200, types: { number: 199, string: 1 }, topValues: [{ value: 19.99, count: 10 }] }],
    },
  ],
};

export const EMPTY_SCHEMA: SchemaResponse = { sampled: { profiles: 0, events: 0 }, traits: [], context: [], events: [] };
