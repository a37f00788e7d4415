import fc from 'fast-check';
import { AS_OF, DAY, dateString, jsonValue, number, trickyString, word } from './arb-values';
import type { TestEvent, TestProfile } from './test-data';

// Random profiles and events: traits of every JSON type under the keys conditions read,
// consent in every shape (including text "false" and non-objects), stored contexts with real,
// aliased, wrongly cased and invalid zone names, scores, and events exactly on window edges,
// in the future, before 1970 (distinct days take the floor), with non-numeric amounts.

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

const traits = fc
  .record(
    {
      age: fc.oneof(number, fc.constantFrom('31', 31, 30.5)),
      city: word,
      tags: fc.oneof(jsonValue, fc.constantFrom(['a', 'b'], [2, 'a', true], [])),
      vip: fc.oneof(fc.boolean(), fc.constantFrom('true', 1, null)),
      signup: fc.oneof(dateString, number),
      address: fc.oneof(fc.record({ city: word }, { requiredKeys: [] }), jsonValue),
      'a-b': jsonValue,
      'ünï': jsonValue,
      email: fc.oneof(word, fc.constantFrom('ann@example.com', 'x@y.com')),
      other: jsonValue,
    },
    { requiredKeys: [] },
  )
  .map((t) => t as Record<string, unknown>);

const ZONES = ['UTC', 'Europe/Paris', 'Asia/Tokyo', 'America/New_York', 'america/new_york', 'Asia/Kolkata', 'Asia/Calcutta', 'US/Eastern', 'Etc/GMT+5', 'Pacific/Kiritimati', 'Mars/Base', '+02:00'];
const context = fc.record(
  {
    device: fc.oneof(fc.constantFrom('mobile', 'desktop', 'Mobile'), jsonValue),
    timezone: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ZONES) }, { weight: 1, arbitrary: jsonValue }),
    country: word,
    utm_source: maybe(word),
  },
  { requiredKeys: [] },
);

const consent = fc.constantFrom<unknown>(
  undefined, {}, { personalization: true }, { personalization: false }, { personalization: 'true' }, { personalization: 'false' },
  { personalization: null }, { analytics: false }, [], 'x',
);

const scores = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      rfm: fc.record({ r: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant('5')), f: fc.integer({ min: 1, max: 5 }), m: fc.integer({ min: 1, max: 5 }), label: fc.constantFrom('champions', 'lost', 'loyal_customers', 'x') }, { requiredKeys: [] }),
      engagement: fc.oneof(number, fc.constant('12')),
    },
    { requiredKeys: [] },
  ),
);

const timestamp = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -30, max: 3 }).chain((d) => fc.integer({ min: 0, max: DAY - 1 }).map((ms) => AS_OF + d * DAY + ms - DAY / 2)) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      // The edges of the windows the conditions use (last 1/2/3/7/30 minutes, hours, days, weeks).
      AS_OF, AS_OF - 1, AS_OF + 1, AS_OF - 7 * DAY, AS_OF - 7 * DAY - 1, AS_OF - 30 * DAY, AS_OF - 60_000, AS_OF - 3_600_000 - 1,
      AS_OF - DAY, AS_OF - 2 * DAY, AS_OF - 3 * 3_600_000, AS_OF - 2 * 60_000, AS_OF - 14 * DAY, AS_OF - 49 * DAY, AS_OF - 3 * DAY + 1,
      Date.parse('2024-06-08T12:00:00Z'), Date.parse('2024-06-01T00:00:00Z'), Date.parse('2024-06-14T23:59:59.999Z'), -1, -DAY, 0,
      Date.parse('2024-06-10T05:00:00Z'), Date.parse('2024-06-09T23:59:59.999Z'),
    ),
  },
);

const properties = fc.record(
  {
    amount: fc.oneof({ weight: 4, arbitrary: number }, { weight: 1, arbitrary: fc.constantFrom('19.99', null, true, [5]) }),
    category: word,
    tags: jsonValue,
    when: dateString,
    meta: fc.oneof(fc.record({ x: jsonValue }, { requiredKeys: [] }), jsonValue),
  },
  { requiredKeys: [] },
);

const event: fc.Arbitrary<Omit<TestEvent, 'messageId'> & { withId: boolean }> = fc.record({
  name: fc.constantFrom('purchase', 'purchase', 'page_view', 'Purchase'),
  timestamp,
  properties,
  withId: fc.boolean(),
});

export const profiles: fc.Arbitrary<TestProfile[]> = fc
  .array(fc.record({ traits, consent, context: maybe(context), scores, events: fc.array(event, { maxLength: 6 }) }), { maxLength: 10 })
  .map((list) => {
    let message = 0;
    // Storage keeps messageIds unique per workspace; events without one are all kept.
    return list.map((p, i) => ({
      externalId: `u${i}`,
      traits: p.traits,
      consent: p.consent,
      context: p.context,
      scores: p.scores,
      events: p.events.map(({ withId, ...e }) => ({ ...e, messageId: withId ? `m${message++}` : null })),
    }));
  });

/** Random members of the segments `segment` conditions refer to, by externalId. */
export const memberships = fc.record({
  vip: fc.subarray(Array.from({ length: 10 }, (_, i) => `u${i}`)),
  other: fc.subarray(Array.from({ length: 10 }, (_, i) => `u${i}`)),
});

export const asOf = fc.oneof(
  { weight: 5, arbitrary: fc.constant(AS_OF) },
  { weight: 1, arbitrary: fc.constantFrom(AS_OF + 0.5, AS_OF - 7 * DAY, Date.parse('2024-03-10T07:00:00Z'), Date.parse('2024-12-31T23:30:00Z')) },
);

/** Ten profiles whose city is always text: words and random strings of tricky characters. */
export const wordProfiles: fc.Arbitrary<TestProfile[]> = fc
  .array(fc.oneof(word, trickyString, fc.constantFrom('ΟΔΟΣ', 'İstanbul', 'ΣΑ', 'ΑΣ.', "Α'Σ", 'A\u0345Σ', '\u0345Σ', 'xİ')), { minLength: 10, maxLength: 10 })
  .map((cities) => cities.map((city, i) => ({ externalId: `u${i}`, traits: { city } })));
