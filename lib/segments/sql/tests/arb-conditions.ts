import fc from 'fast-check';
import { DAYS_OF_WEEK, RFM_LABELS, patternProblem } from '@/lib/segments';
import { PATTERNS, dateString, instant, number, word } from './arb-values';

// Random conditions of every kind and operator, valid for the schema (so they compile), with
// operands drawn from the same pools as the data.

const patterns = PATTERNS.filter((p) => patternProblem(p) === undefined);
const duration = fc.record({
  amount: fc.constantFrom(1, 2, 3, 7, 30, 1_000_000),
  unit: fc.constantFrom('minutes' as const, 'hours' as const, 'days' as const, 'weeks' as const),
});
const lo_hi = fc.tuple(number, number).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
const text = fc.oneof(word, dateString);

// Needles that tell JavaScript's lower-casing from a database's: İ's expansion, final sigma,
// ß, the Kelvin sign — matched against data words built from the same characters.
const needle = fc.oneof(text, fc.constantFrom('ς', 'σ', 'οσ', 'ος', 'δος', 'i̇', 'i̇st', 'ist', 'i', '\u0307', 'ss', 'ß', 'k', 'kel', 'ǆ', 'é', 'ω', 'å', 'ⓐ', '𐐨', "'σ", '.ς'));

const field = (...names: string[]) => fc.constantFrom(...names);
const on = (fields: fc.Arbitrary<string>, p: fc.Arbitrary<object>) => fc.tuple(fields, p).map(([f, q]) => ({ type: 'attribute', field: f, ...q }));

const numberPredicate = fc.oneof(
  fc.record({ operator: fc.constantFrom('eq', 'neq', 'gt', 'gte', 'lt', 'lte'), value: number }),
  fc.record({ operator: fc.constant('between'), value: lo_hi }),
);
const stringPredicate = fc.oneof(
  fc.record({ operator: fc.constantFrom('eq', 'neq'), value: text }),
  fc.record({ operator: fc.constantFrom('in', 'not_in'), value: fc.array(text, { maxLength: 3 }) }),
  { weight: 3, arbitrary: fc.record({ operator: fc.constantFrom('contains', 'not_contains', 'starts_with', 'ends_with'), value: needle }) },
  fc.record({ operator: fc.constant('matches'), value: fc.constantFrom(...patterns) }),
  fc.record({ operator: fc.constantFrom('is_set', 'is_not_set') }),
);
const datePredicate = fc.oneof(
  fc.record({ operator: fc.constantFrom('before', 'after'), value: instant }),
  fc.record({ operator: fc.constantFrom('within_last', 'not_within_last'), value: duration }),
  fc.record({ operator: fc.constantFrom('is_set', 'is_not_set') }),
);
const otherPredicate = fc.oneof(
  fc.record({ operator: fc.constantFrom('is_true', 'is_false', 'is_set', 'is_not_set') }),
  fc.record({ operator: fc.constantFrom('includes', 'not_includes'), value: fc.oneof(number, word, fc.boolean()) }),
);

/** Text conditions on the trait that holds words, for the focused text test. */
export const textCondition = on(fc.constant('traits.city'), stringPredicate);

/** Any predicate: operator plus a fitting operand. */
export const predicate = fc.oneof(numberPredicate, stringPredicate, datePredicate, otherPredicate);

// Mostly the operators a field's values suit (so conditions often hold), sometimes any.
const attribute = fc.oneof(
  { weight: 3, arbitrary: on(field('traits.age', 'traits.other', 'traits.a-b'), numberPredicate) },
  { weight: 4, arbitrary: on(field('traits.city', 'traits.address.city', 'traits.ünï', 'externalId', 'email'), stringPredicate) },
  { weight: 2, arbitrary: on(field('traits.signup', 'traits.other'), datePredicate) },
  { weight: 2, arbitrary: on(field('traits.tags', 'traits.vip', 'traits.tags.0'), otherPredicate) },
  { weight: 2, arbitrary: on(field('traits.age', 'traits.city', 'traits.tags', 'traits.vip', 'traits.signup', 'traits.address.city', 'traits.a-b', 'traits.ünï'), predicate) },
  { weight: 2, arbitrary: on(field('firstSeenAt', 'lastSeenAt'), datePredicate) },
);

const hour = fc.integer({ min: 0, max: 23 });
const context = fc.oneof(
  fc.tuple(fc.constantFrom('device', 'timezone', 'country', 'utm_source'), stringPredicate).map(([field, p]) => ({ type: 'context', field, ...p })),
  fc.oneof(
    fc.record({ operator: fc.constantFrom('eq', 'neq', 'gt', 'gte', 'lt', 'lte'), value: hour }),
    fc.record({ operator: fc.constant('between'), value: fc.tuple(hour, hour).map(([a, b]) => (a <= b ? [a, b] : [b, a])) }),
    fc.record({ operator: fc.constantFrom('is_set', 'is_not_set') }),
  ).map((p) => ({ type: 'context', field: 'local_hour', ...p })),
  fc.oneof(
    fc.record({ operator: fc.constantFrom('eq', 'neq'), value: fc.constantFrom(...DAYS_OF_WEEK) }),
    fc.record({ operator: fc.constantFrom('in', 'not_in'), value: fc.subarray([...DAYS_OF_WEEK]) }),
    fc.record({ operator: fc.constantFrom('is_set', 'is_not_set') }),
  ).map((p) => ({ type: 'context', field: 'day_of_week', ...p })),
);

const score = fc.oneof(
  fc.record({ field: fc.constantFrom('rfm_recency', 'rfm_frequency', 'rfm_monetary'), operator: fc.constantFrom('eq', 'neq', 'gt', 'gte', 'lt', 'lte'), value: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ field: fc.constantFrom('rfm_label'), operator: fc.constantFrom('eq', 'neq'), value: fc.constantFrom(...RFM_LABELS.slice(0, 3)) }),
  fc.record({ field: fc.constantFrom('engagement'), operator: fc.constantFrom('gt', 'lte', 'eq'), value: number }),
  fc.record({ field: fc.constantFrom('rfm_recency', 'engagement', 'rfm_label'), operator: fc.constantFrom('is_set', 'is_not_set') }),
).map((s) => ({ type: 'score', ...s }));

const window = fc.oneof(
  duration.map((d) => ({ type: 'last', ...d })),
  fc.tuple(instant, instant).map(([a, b]) => (Date.parse(a) <= Date.parse(b) ? { type: 'between', from: a, to: b } : { type: 'between', from: b, to: a })),
  fc.constant({ type: 'ever' }),
);
const propertyFilter = fc
  .tuple(fc.constantFrom('properties.amount', 'properties.category', 'properties.tags', 'properties.when', 'properties.meta.x'), predicate)
  .map(([field, p]) => ({ field, ...p }));
const event = fc
  .record({
    event: fc.constantFrom('purchase', 'page_view', 'Purchase'),
    where: fc.option(fc.array(propertyFilter, { maxLength: 2 }), { nil: undefined }),
    window,
    measure: fc.constantFrom('count', 'sum', 'avg', 'min', 'max', 'distinct_days'),
    property: fc.constantFrom('properties.amount', 'properties.amount', 'properties.category'),
    comparison: fc.oneof(
      fc.record({ operator: fc.constantFrom('gt', 'gte', 'lt', 'lte', 'eq', 'neq'), value: fc.oneof(fc.integer({ min: 0, max: 4 }), number) }),
      fc.record({ operator: fc.constant('between'), value: lo_hi }),
    ),
  })
  .map(({ comparison, property, where, ...e }) => ({
    type: 'event',
    ...e,
    ...(where ? { where } : {}),
    ...(e.measure === 'count' || e.measure === 'distinct_days' ? {} : { property }),
    ...comparison,
  }));

const segment = fc.record({ type: fc.constant('segment'), operator: fc.constantFrom('in', 'not_in'), segment: fc.constantFrom('vip', 'other') });

export const leaf = fc.oneof(
  { weight: 5, arbitrary: attribute },
  { weight: 4, arbitrary: event },
  { weight: 2, arbitrary: context },
  { weight: 1, arbitrary: score },
  { weight: 1, arbitrary: segment },
);

export const condition: fc.Arbitrary<unknown> = fc.letrec<{ c: unknown }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: leaf },
    { weight: 1, arbitrary: fc.record({
      type: fc.constant('group'),
      combinator: fc.constantFrom('and', 'or'),
      not: fc.option(fc.boolean(), { nil: undefined }),
      conditions: fc.array(tie('c'), { maxLength: 3 }),
    }) },
  ),
})).c;
