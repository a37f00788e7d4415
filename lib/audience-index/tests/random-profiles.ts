import fc from 'fast-check';
import type { EvaluationInput, EventInput } from '@/lib/segments';
import { AS_OF, condition } from './random-conditions';

// Random profiles with nasty values (numbers as text, null, NaN, arrays of mixed types,
// unicode case traps, dates with and without offsets, keys like "__proto__"), events on the
// exact window edges, in the future, with invalid timestamps, repeated messageIds and
// amounts that make float sums round differently by order. And random trees over the
// random conditions, with open branches.
const DAY = 86_400_000;
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(fc.constant(undefined), fc.constant(null), arb);

const edgeTimes = [AS_OF, AS_OF + 1, AS_OF - 1, AS_OF - 7 * DAY, AS_OF - 7 * DAY - 1, AS_OF - 30 * DAY, AS_OF - 60_000, AS_OF - 3_600_000,
  Date.parse('2024-06-08T12:00:00Z'), Date.parse('2024-05-31T22:00:00Z'), Date.parse('2020-01-01T00:00:00Z'), AS_OF - DAY / 2];
const timestamp: fc.Arbitrary<number | Date> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -40 * DAY, max: DAY }).map((d) => AS_OF + d) },
  { weight: 4, arbitrary: fc.constantFrom(...edgeTimes) },
  { weight: 1, arbitrary: fc.constantFrom(...edgeTimes).map((t) => new Date(t)) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY) },
);
const amount = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -2, max: 40 }) },
  { weight: 4, arbitrary: fc.constantFrom(0.1, 0.2, 0.3, 0.7, 19.99, 10.01, 0.6, 1.5) },
  { weight: 1, arbitrary: fc.constantFrom(1e308, -1e308, 2 ** 53, 5e-324) },
  { weight: 1, arbitrary: fc.constantFrom('19.99', null, true, [1], { v: 1 }) },
);
const properties = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom({}, null) },
  { weight: 8, arbitrary:
  fc.record(
    {
      amount: fc.oneof({ weight: 5, arbitrary: amount }, { weight: 1, arbitrary: fc.constant(undefined) }),
      category: maybe(fc.constantFrom('shoes', 'Shoes', 'SHOES', 'hats', '', 'şhoes')),
      tags: maybe(fc.constantFrom(['x'], ['y', 'x'], [], 'x', [1, 'x'])),
      coupon: maybe(fc.constantFrom('x', '', 0)),
      meta: maybe(fc.oneof(fc.record({ value: fc.oneof(fc.constantFrom(1.5, 2, 0.1), fc.constant('2')) }, { requiredKeys: [] }), fc.constant([1]))),
    },
    { requiredKeys: ['amount'] },
  ) },
);
const event: fc.Arbitrary<EventInput> = fc.record({
  name: fc.oneof({ weight: 6, arbitrary: fc.constant('purchase') }, { weight: 3, arbitrary: fc.constant('page_view') }, { weight: 1, arbitrary: fc.constantFrom('Purchase', 'email_open') }),
  timestamp,
  properties,
  messageId: fc.option(fc.constantFrom('m1', 'm2', 'm3', ''), { nil: undefined }),
});

const protoKeys = fc.constantFrom('{}', '{"__proto__": 5}', '{"constructor": "x", "__proto__": null}');
const traits = fc
  .tuple(
    fc.record(
      {
        age: maybe(fc.oneof(fc.integer({ min: 10, max: 70 }), fc.constantFrom('31', 30.5, Number.NaN, 0, -0))),
        city: maybe(fc.constantFrom('Paris', 'paris', 'PARIS', 'Lyon', '', 'İstanbul', 'é', 'Ésaïe', 'ΣΑΣ', '\uD800')),
        vip: maybe(fc.constantFrom(true, false, 'true', 1)),
        tags: maybe(fc.constantFrom(['a'], ['b', 'a'], [], 'a', [1, true, null, ['a']], ['Paris', 'b'], [false])),
        signup: maybe(fc.constantFrom('2024-06-01', '2024-01-01T00:00:00Z', '2024-06-15T12:00:00.001Z', '2024-06-14t12:00:00z', '2024-06-10T10:00:00,5+02:00',
          '2024-06-10T10:00', '2024-02-30', 1718000000000, '2024-06-15T11:59:59.9999Z', '2024-06-08T12:00:00Z')),
        email: maybe(fc.constantFrom('ann@example.com', 'BOB@EXAMPLE.COM', 'İ@x.tr', 'u1')),
        nested: maybe(fc.oneof(fc.record({ level: maybe(fc.constantFrom(3, '3', 18)), deep: maybe(fc.constantFrom({ x: 'a' }, { x: 1 }, 'x')) }, { requiredKeys: [] }), fc.constantFrom('flat', [1, 2]))),
        ünï: maybe(fc.constantFrom('ok', 1)),
      },
      { requiredKeys: [] },
    ),
    protoKeys,
  )
  .map(([t, extra]) => Object.assign(JSON.parse(extra) as object, t));

const profileData = fc.record({
  traits: fc.oneof({ weight: 9, arbitrary: traits }, { weight: 1, arbitrary: fc.constantFrom(null, 'text', [1]) }),
  consent: fc.constantFrom(undefined, {}, { personalization: true }, { personalization: false }, { personalization: 'true' }, { personalization: null }, 'yes'),
  context: fc.oneof(
    fc.record(
      {
        device: maybe(fc.constantFrom('mobile', 'desktop', 'Mobile', 1)),
        country: maybe(fc.constantFrom('FR', 'fr', 'DE', '')),
        city: maybe(fc.constantFrom('Paris', 'paris', 'İzmir')),
        timezone: maybe(fc.constantFrom('UTC', 'Asia/Tokyo', 'america/new_york', 'America/New_York', 'Europe/Paris', 'Asia/Kolkata', 'Asia/Calcutta', '+02:00', 5)),
      },
      { requiredKeys: [] },
    ),
    fc.constantFrom(null, 'ctx'),
  ),
  scores: fc.constantFrom(undefined, {}, { rfm: { r: 4, label: 'champions', m: null } }, { rfm: { r: 2, f: 1 } }, { rfm: { r: '5' } }, { engagement: 0.7 }, { engagement: '0.9', rfm: 'x' }),
  events: fc.array(event, { maxLength: 14, size: 'large' }),
});

/** Profiles with unique ids (and so unique externalIds), ids not in ascending order. */
export const randomInputs: fc.Arbitrary<EvaluationInput[]> = fc
  .array(profileData, { minLength: 4, maxLength: 40, size: 'medium' })
  .chain((profiles) => fc.shuffledSubarray(Array.from({ length: 200 }, (_, i) => i + 1), { minLength: profiles.length, maxLength: profiles.length }).map((ids) => profiles.map((p, k) => toInput(ids[k], p))));

export const randomProfile = (id: number) => profileData.map((p) => toInput(id, p));

function toInput(id: number, p: { events: EventInput[] } & Record<string, unknown>): EvaluationInput {
  const { events, ...profile } = p;
  return { profile: { id, externalId: `u${id}`, ...profile }, events };
}

type Spec = { kind: 'segment' } | { kind: 'split'; condition: unknown; yes: Spec | null; no: Spec | null } | { kind: 'switch'; conditions: unknown[]; children: (Spec | null)[]; otherwise: Spec | null };

const spec: fc.Arbitrary<Spec> = fc.letrec<{ node: Spec }>((tie) => {
  const child = fc.option(tie('node'), { nil: null, freq: 4 });
  return {
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant<Spec>({ kind: 'segment' }),
      fc.record({ kind: fc.constant('split' as const), condition, yes: child, no: child }),
      fc.array(fc.tuple(condition, child), { minLength: 1, maxLength: 3 }).chain((cases) =>
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
    const position = { x: next, y: next };
    if (s.kind === 'segment') nodes.push({ id, type: 'segment', position, data: { key: `seg-${id}`, name: id, color: '#123456' } });
    else if (s.kind === 'split') {
      nodes.push({ id, type: 'split', position, data: { condition: s.condition } });
      if (s.yes) add(s.yes, id, 'yes');
      if (s.no) add(s.no, id, 'no');
    } else {
      nodes.push({ id, type: 'switch', position, data: { cases: s.conditions.map((c, i) => ({ id: `c${i}`, condition: c })) } });
      s.children.forEach((c, i) => c && add(c, id, `c${i}`));
      if (s.otherwise) add(s.otherwise, id, 'else');
    }
  };
  if (top) add(top, 'root', 'all');
  return { version: 1 as const, nodes, edges };
}

export const randomTree = fc.option(spec.filter((s) => s.kind !== 'segment'), { nil: null, freq: 20 }).map(buildDocument);
