import fc from 'fast-check';
import type { EvaluationInput, EventInput } from '../evaluate/types';
import { AS_OF } from './helpers';

// Random small trees over a pool of conditions of every kind, with branches left open at
// random, and random profiles that hit the interesting values (missing, wrong type, null,
// consent variants, events around the window edges). Shared by agreement tests to come.

const a = (field: string, operator: string, value?: unknown) => ({ type: 'attribute', field, operator, ...(value === undefined ? {} : { value }) });
export const CONDITION_POOL: unknown[] = [
  a('traits.age', 'gt', 30),
  a('traits.age', 'between', [18, 40]),
  a('traits.city', 'contains', 'par'),
  a('traits.city', 'in', ['Paris', 'Lyon']),
  a('traits.vip', 'is_true'),
  a('traits.tags', 'includes', 'a'),
  a('traits.signup', 'within_last', { amount: 30, unit: 'days' }),
  a('lastSeenAt', 'within_last', { amount: 3, unit: 'days' }),
  a('email', 'matches', '@example\\.com$'),
  { type: 'event', event: 'purchase', window: { type: 'last', amount: 7, unit: 'days' }, measure: 'count', operator: 'gte', value: 1 },
  { type: 'event', event: 'purchase', window: { type: 'ever' }, measure: 'sum', property: 'properties.amount', operator: 'gt', value: 50 },
  { type: 'context', field: 'device', operator: 'eq', value: 'mobile' },
  { type: 'context', field: 'local_hour', operator: 'lt', value: 12 },
  { type: 'score', field: 'rfm_recency', operator: 'gte', value: 3 },
  { type: 'segment', operator: 'in', segment: 'vip' },
  { type: 'group', combinator: 'or', conditions: [a('traits.vip', 'is_true'), a('traits.age', 'lt', 20)] },
  { type: 'group', combinator: 'and', not: true, conditions: [a('traits.city', 'is_set')] },
  { type: 'group', combinator: 'and', conditions: [] },
];

type Spec =
  | { kind: 'segment' }
  | { kind: 'split'; condition: number; yes: Spec | null; no: Spec | null }
  | { kind: 'switch'; conditions: number[]; children: (Spec | null)[]; otherwise: Spec | null };

const conditionIndex = fc.nat({ max: CONDITION_POOL.length - 1 });
const spec: fc.Arbitrary<Spec> = fc.letrec<{ node: Spec }>((tie) => {
  const child = fc.option(tie('node'), { nil: null, freq: 4 });
  return {
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant<Spec>({ kind: 'segment' }),
      fc.record({ kind: fc.constant('split' as const), condition: conditionIndex, yes: child, no: child }),
      fc
        .array(fc.tuple(conditionIndex, child), { minLength: 1, maxLength: 3 })
        .chain((cases) =>
          child.map((otherwise): Spec => ({ kind: 'switch', conditions: cases.map((c) => c[0]), children: cases.map((c) => c[1]), otherwise })),
        ),
    ),
  };
}).node;

export function buildDocument(top: Spec | null) {
  const nodes: Record<string, unknown>[] = [{ id: 'root', type: 'root', position: { x: 0, y: 0 } }];
  const edges: { source: string; target: string; branch: string }[] = [];
  let next = 0;
  const add = (s: Spec, parent: string, branch: string): void => {
    const id = `n${next++}`;
    edges.push({ source: parent, target: id, branch });
    const position = { x: next * 10, y: next * 10 };
    if (s.kind === 'segment') {
      nodes.push({ id, type: 'segment', position, data: { key: `seg-${id}`, name: id, color: '#123456' } });
    } else if (s.kind === 'split') {
      nodes.push({ id, type: 'split', position, data: { label: id, condition: CONDITION_POOL[s.condition] } });
      if (s.yes) add(s.yes, id, 'yes');
      if (s.no) add(s.no, id, 'no');
    } else {
      const cases = s.conditions.map((c, i) => ({ id: `c${i}`, label: `case ${i}`, condition: CONDITION_POOL[c] }));
      nodes.push({ id, type: 'switch', position, data: { label: id, cases } });
      s.children.forEach((c, i) => c && add(c, id, `c${i}`));
      if (s.otherwise) add(s.otherwise, id, 'else');
    }
  };
  if (top) add(top, 'root', 'all');
  return { version: 1 as const, nodes: nodes as { id: string; type: string; data?: unknown }[], edges };
}

export const randomTree = fc.option(spec, { nil: null, freq: 10 }).map(buildDocument);

const DAY = 86_400_000;
const event: fc.Arbitrary<EventInput> = fc.record({
  name: fc.constantFrom('purchase', 'page_view'),
  timestamp: fc.oneof(fc.integer({ min: -10 * DAY, max: DAY }).map((d) => AS_OF + d), fc.constant(AS_OF - 7 * DAY)),
  properties: fc.oneof(fc.constant({}), fc.record({ amount: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant('19.99')) })),
  messageId: fc.option(fc.constantFrom('m1', 'm2', 'm3'), { nil: undefined }),
});

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(fc.constant(undefined), fc.constant(null), arb);
const traits = fc.record(
  {
    age: maybe(fc.oneof(fc.integer({ min: 10, max: 70 }), fc.constant('31'))),
    city: maybe(fc.constantFrom('Paris', 'paris', 'Lyon', '', 'Nice')),
    vip: maybe(fc.constantFrom(true, false, 'true')),
    tags: maybe(fc.constantFrom(['a'], ['b'], [], 'a')),
    signup: maybe(fc.constantFrom('2024-06-01', '2024-01-01T00:00:00Z', '2024-06-15T12:00:00.001Z', 1718000000000)),
    email: maybe(fc.constantFrom('ann@example.com', 'bob@example.org')),
  },
  { requiredKeys: [] },
);

export const randomInput: fc.Arbitrary<EvaluationInput> = fc
  .record({
    traits,
    consent: fc.constantFrom(undefined, {}, { personalization: true }, { personalization: false }, { personalization: 'true' }),
    context: fc.record({ device: maybe(fc.constantFrom('mobile', 'desktop')), timezone: maybe(fc.constantFrom('UTC', 'Asia/Tokyo', 'america/new_york')) }, { requiredKeys: [] }),
    scores: fc.constantFrom(undefined, {}, { rfm: { r: 4 } }, { rfm: { r: 2 } }, { rfm: { r: '5' } }),
    events: fc.array(event, { maxLength: 6 }),
    id: fc.nat({ max: 1_000_000 }),
  })
  .map((p) => ({ profile: { id: p.id, externalId: `u${p.id}`, traits: p.traits, consent: p.consent, context: p.context, scores: p.scores }, events: p.events }));

export const randomInputs = fc.array(randomInput, { maxLength: 25 });
