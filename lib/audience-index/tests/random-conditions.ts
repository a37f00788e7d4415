import fc from 'fast-check';
import { conditionRootSchema } from '@/lib/segments';

// Random conditions of every kind for the agreement tests, built on the shapes of
// lib/segments/tests/random-trees.ts (copied and extended, not imported, so that file can
// change freely): operands are drawn to sit on the interesting edges of the random data in
// random-profiles.ts — window boundaries, float sums, unicode case, wrong types.
export const AS_OF = Date.parse('2024-06-15T12:00:00.000Z');

const attr = (field: string, operator: string, value?: unknown) => ({ type: 'attribute', field, operator, ...(value === undefined ? {} : { value }) });
const durations = fc.record({ amount: fc.constantFrom(1, 7, 30, 90), unit: fc.constantFrom('minutes', 'hours', 'days', 'weeks') });
const instants = fc.constantFrom('2024-06-08T12:00:00Z', '2024-06-01T00:00:00+02:00', '2024-06-15T12:00:00.000Z', '2020-01-01T00:00:00Z', '2024-06-15T13:00:00+01:00');
const numbers = fc.constantFrom(-1, 0, 0.3, 1, 2, 3, 18, 30, 31, 19.99, 0.6, 1e308);
const strings = fc.constantFrom('Paris', 'paris', '', 'é', 'İstanbul', 'i̇stanbul', '31', 'a', 'PAR', 'σ', 'ΣΑΣ');
const range = fc.tuple(numbers, numbers).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
const patterns = fc.constantFrom('^p', 'ar', '\\d+', '^$', 'é', '[A-Z]', 'a|b');

/** An operator with an operand, of any family (trait paths accept every operator). */
const anyPredicate = fc.oneof(
  fc.record({ operator: fc.constantFrom('eq', 'neq'), value: fc.oneof(numbers, strings) }),
  fc.record({ operator: fc.constantFrom('gt', 'gte', 'lt', 'lte'), value: numbers }),
  fc.record({ operator: fc.constant('between'), value: range }),
  fc.record({ operator: fc.constantFrom('in', 'not_in'), value: fc.subarray(['Paris', 'paris', '', 'Lyon', 'é', '31']) }),
  fc.record({ operator: fc.constantFrom('contains', 'not_contains', 'starts_with', 'ends_with'), value: strings }),
  fc.record({ operator: fc.constant('matches'), value: patterns }),
  fc.record({ operator: fc.constantFrom('is_true', 'is_false', 'is_set', 'is_not_set') }),
  fc.record({ operator: fc.constantFrom('before', 'after'), value: instants }),
  fc.record({ operator: fc.constantFrom('within_last', 'not_within_last'), value: durations }),
  fc.record({ operator: fc.constantFrom('includes', 'not_includes'), value: fc.constantFrom('a', 'b', 1, true, false, 'Paris') }),
);
export const predicate = anyPredicate;

const datePredicate = fc.oneof(
  fc.record({ operator: fc.constantFrom('before', 'after'), value: instants }),
  fc.record({ operator: fc.constantFrom('within_last', 'not_within_last'), value: durations }),
  fc.record({ operator: fc.constantFrom('is_set', 'is_not_set') }),
);
const stringPredicate = fc.oneof(
  fc.record({ operator: fc.constantFrom('eq', 'neq'), value: strings }),
  fc.record({ operator: fc.constantFrom('in', 'not_in'), value: fc.subarray(['u1', 'u2', 'ann@example.com', 'Paris']) }),
  fc.record({ operator: fc.constantFrom('contains', 'starts_with', 'ends_with', 'not_contains'), value: fc.constantFrom('u', '1', 'example', 'İ', '') }),
  fc.record({ operator: fc.constant('matches'), value: fc.constantFrom('^u\\d$', 'example\\.com$', '@') }),
  fc.record({ operator: fc.constantFrom('is_set', 'is_not_set') }),
);

const traitField = fc.constantFrom(
  'traits.age', 'traits.city', 'traits.vip', 'traits.tags', 'traits.signup', 'traits.nested', 'traits.nested.level',
  'traits.nested.deep.x', 'traits.constructor', 'traits.__proto__', 'traits.ünï', 'traits.absent',
);
const attribute = fc.oneof(
  fc.tuple(traitField, anyPredicate).map(([field, p]) => ({ type: 'attribute', field, ...p })),
  fc.tuple(fc.constantFrom('firstSeenAt', 'lastSeenAt'), datePredicate).map(([field, p]) => ({ type: 'attribute', field, ...p })),
  fc.tuple(fc.constantFrom('email', 'externalId'), stringPredicate).map(([field, p]) => ({ type: 'attribute', field, ...p })),
);

const window = fc.oneof(
  { weight: 3, arbitrary: fc.record({ type: fc.constant('last'), amount: fc.constantFrom(1, 7, 30), unit: fc.constantFrom('days', 'weeks') }) },
  fc.record({ type: fc.constant('last'), amount: fc.constantFrom(1, 7, 30), unit: fc.constantFrom('minutes', 'hours', 'days', 'weeks') }),
  fc.tuple(instants, instants).map(([a, b]) => (Date.parse(a) <= Date.parse(b) ? { type: 'between', from: a, to: b } : { type: 'between', from: b, to: a })),
  fc.constant({ type: 'ever' }),
);
const filter = fc.oneof(
  fc.constant(attr('properties.category', 'eq', 'shoes')),
  fc.constant(attr('properties.category', 'contains', 'sh')),
  fc.constant(attr('properties.amount', 'gt', 10)),
  fc.constant(attr('properties.tags', 'includes', 'x')),
  fc.constant(attr('properties.coupon', 'is_set')),
  fc.constant(attr('properties.meta.value', 'lte', 2)),
).map(({ type: _, ...f }) => f);
const eventCondition = fc
  .record({
    event: fc.oneof({ weight: 6, arbitrary: fc.constant('purchase') }, { weight: 2, arbitrary: fc.constant('page_view') }, { weight: 1, arbitrary: fc.constantFrom('Purchase', 'never') }),
    window,
    measure: fc.constantFrom('count', 'distinct_days', 'sum', 'avg', 'min', 'max'),
    property: fc.oneof({ weight: 6, arbitrary: fc.constant('properties.amount') }, { weight: 1, arbitrary: fc.constantFrom('properties.meta.value', 'properties.category') }),
    where: fc.option(fc.array(filter, { maxLength: 2 }), { nil: undefined, freq: 2 }),
    comparison: fc.oneof(
      { weight: 4, arbitrary: fc.record({ operator: fc.constantFrom('gt', 'gte', 'lt', 'lte', 'eq', 'neq'), value: fc.constantFrom(0, 1, 2, 3, 0.3, 0.6, 1.5, 19.99, 30.1, 10, 20, 40, -1, 2.5) }) },
      fc.record({ operator: fc.constant('between'), value: fc.constantFrom([0, 0], [1, 3], [0.3, 0.3], [0.1, 30.1], [5, 40]) }),
    ),
  })
  .map(({ comparison, property, measure, where, ...rest }) => ({
    type: 'event',
    ...rest,
    measure,
    ...(measure === 'count' || measure === 'distinct_days' ? {} : { property }),
    ...(where ? { where } : {}),
    ...comparison,
  }));

const context = fc.oneof(
  fc.tuple(fc.constantFrom('device', 'country', 'timezone', 'city'), anyPredicate.filter((p) => !['before', 'after', 'within_last', 'not_within_last', 'is_true', 'is_false', 'includes', 'not_includes', 'gt', 'gte', 'lt', 'lte', 'between'].includes(p.operator) && (p.operator !== 'eq' && p.operator !== 'neq' || typeof p.value === 'string'))).map(([field, p]) => ({ type: 'context', field, ...p })),
  fc.record({ operator: fc.constantFrom('gt', 'gte', 'lt', 'lte', 'eq', 'neq'), value: fc.integer({ min: 0, max: 23 }) }).map((p) => ({ type: 'context', field: 'local_hour', ...p })),
  fc.record({ operator: fc.constantFrom('eq', 'neq'), value: fc.constantFrom('saturday', 'sunday', 'friday') }).map((p) => ({ type: 'context', field: 'day_of_week', ...p })),
  fc.constantFrom({ type: 'context', field: 'local_hour', operator: 'is_not_set' }, { type: 'context', field: 'day_of_week', operator: 'in', value: ['saturday', 'sunday'] }),
);
const score = fc.oneof(
  fc.record({ operator: fc.constantFrom('gte', 'lt', 'eq', 'neq'), value: fc.integer({ min: 1, max: 5 }) }).map((p) => ({ type: 'score', field: 'rfm_recency', ...p })),
  fc.constantFrom(
    { type: 'score', field: 'rfm_label', operator: 'eq', value: 'champions' },
    { type: 'score', field: 'engagement', operator: 'gt', value: 0.5 },
    { type: 'score', field: 'rfm_monetary', operator: 'is_set' },
  ),
);
const segment = fc.record({ type: fc.constant('segment'), operator: fc.constantFrom('in', 'not_in'), segment: fc.constantFrom('vip', 'other') });

const leaf = fc.oneof({ weight: 4, arbitrary: attribute }, { weight: 4, arbitrary: eventCondition }, { weight: 2, arbitrary: context }, { weight: 1, arbitrary: score }, { weight: 1, arbitrary: segment });

export const condition: fc.Arbitrary<unknown> = fc
  .letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.record({ type: fc.constant('group'), combinator: fc.constantFrom('and', 'or'), not: fc.option(fc.boolean(), { nil: undefined }), conditions: fc.array(tie('node'), { maxLength: 3 }) }),
    ),
  }))
  .node.filter((c) => conditionRootSchema.safeParse(c).success);
