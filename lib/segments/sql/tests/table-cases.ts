import { AS_OF, DAY } from './arb-values';
import type { TestProfile } from './test-data';

// Hand-picked traps, each with the profiles the core puts on the `yes` branch. The db test
// checks the core says so (the table is right) and that the SQL engine agrees.

const ev = (name: string, at: number, properties?: unknown) => ({ name, timestamp: at, properties });

export const TABLE_PROFILES: TestProfile[] = [
  { externalId: 'istanbul-dotted', traits: { city: 'İstanbul', age: 31, tags: ['a', 2, true], signup: '2024-06-08T12:00:00Z' } },
  { externalId: 'istanbul', traits: { city: 'istanbul', age: '31', tags: ['2', 'true'], signup: '2024-06-08T11:59:59.999Z' } },
  { externalId: 'greek', traits: { city: 'ΟΔΟΣ', age: 30.5, tags: [], signup: '2024-06-15T14:00:00+02:00' } },
  { externalId: 'strasse', traits: { city: 'Straße', age: null, tags: 'a', signup: '2024-06-15T12:00:00.001Z' } },
  { externalId: 'kelvin', traits: { city: '\u212aelvin', age: 2 ** 60, 'a-b': { 'ünï': 'x' }, signup: 1718452800000 } },
  { externalId: 'empty', traits: { city: '', tags: [[2]], signup: '2024-06-15 12:00' }, consent: { personalization: 'false' } },
  { externalId: 'no-consent', traits: { city: 'Paris' }, consent: { personalization: false } },
  { externalId: 'opted-in', traits: { city: 'paris' }, consent: { personalization: true } },
  {
    externalId: 'buyer',
    context: { timezone: 'Asia/Kolkata', device: 'Mobile' },
    events: [
      ev('purchase', AS_OF - 7 * DAY, { amount: 689.79 }),
      ev('purchase', AS_OF - 1, { amount: 444.89 }),
      ev('purchase', AS_OF, { amount: 351.75, category: 'Shoes' }),
      ev('purchase', AS_OF + 1, { amount: 1000 }),
      ev('page_view', AS_OF - 7 * DAY - 1),
    ],
  },
  {
    externalId: 'tenths',
    context: { timezone: 'Asia/Calcutta' },
    events: Array.from({ length: 10 }, (_, i) => ev('purchase', AS_OF - i * 3_600_000, { amount: 0.1 })),
  },
  {
    externalId: 'odd-amounts',
    context: { timezone: 'america/new_york' },
    events: [
      ev('purchase', -DAY + 1, { amount: '19.99' }),
      ev('purchase', -1, { amount: 1e-300 }),
      ev('purchase', 0, { amount: 2 ** 53 }),
      ev('purchase', 1, { amount: 1 }),
      ev('purchase', 2, { amount: 1 }),
    ],
  },
];

const a = (field: string, operator: string, value?: unknown) => ({ type: 'attribute', field, operator, ...(value === undefined ? {} : { value }) });
const purchase = (measure: string, operator: string, value: unknown, extra: object = {}) => ({
  type: 'event', event: 'purchase', window: { type: 'ever' }, measure, operator, value,
  ...(measure === 'count' || measure === 'distinct_days' ? {} : { property: 'properties.amount' }), ...extra,
});

/** [name, condition, externalIds on the yes branch] (no-consent is excluded from every count). */
export const TABLE_CASES: Array<[string, unknown, string[]]> = [
  ['contains "i̇st" (İ lower-cases to i + U+0307)', a('traits.city', 'contains', 'i̇st'), ['istanbul-dotted']],
  ['starts_with "ist" misses İstanbul', a('traits.city', 'starts_with', 'IST'), ['istanbul']],
  ['final sigma: ends_with ς', a('traits.city', 'ends_with', 'ς'), ['greek']],
  ['final sigma: not ends_with σ', a('traits.city', 'ends_with', 'Σ'), []],
  ['ß is not ss', a('traits.city', 'contains', 'ss'), []],
  ['Kelvin sign lower-cases to k', a('traits.city', 'starts_with', 'kel'), ['kelvin']],
  ['contains "" holds for every string, even ""', a('traits.city', 'contains', ''), ['istanbul-dotted', 'istanbul', 'greek', 'strasse', 'kelvin', 'empty', 'opted-in']],
  ['not_contains is false on a missing value', a('traits.city', 'not_contains', 'a'), ['greek', 'kelvin', 'empty']],
  ['eq is exact', a('traits.city', 'eq', 'paris'), ['opted-in']],
  ['"31" is not 31', a('traits.age', 'eq', 31), ['istanbul-dotted']],
  ['2^60 compares as the double JSON.parse gives', a('traits.age', 'eq', 1152921504606847000), ['kelvin']],
  ['null is missing', a('traits.age', 'is_not_set'), ['strasse', 'empty', 'opted-in', 'buyer', 'tenths', 'odd-amounts']],
  ['[] is set', a('traits.tags', 'is_set'), ['istanbul-dotted', 'istanbul', 'greek', 'strasse', 'empty']],
  ['includes 2 is not "2"', a('traits.tags', 'includes', 2), ['istanbul-dotted']],
  ['includes true is not "true"', a('traits.tags', 'includes', true), ['istanbul-dotted']],
  ['not_includes needs an array', a('traits.tags', 'not_includes', 'a'), ['istanbul', 'greek', 'empty']],
  ['arrays are never indexed', a('traits.tags.0', 'is_set'), []],
  ['nested keys with - and ü', a('traits.a-b.ünï', 'eq', 'x'), ['kelvin']],
  ['matches is case-sensitive and unanchored', a('traits.city', 'matches', 'ar'), ['opted-in']],
  ['matches emitted from the AST (\\w is ASCII)', a('traits.city', 'matches', '^\\w+$'), ['istanbul', 'opted-in']],
  ['within_last 7 days includes its start', a('traits.signup', 'within_last', { amount: 7, unit: 'days' }), ['istanbul-dotted', 'greek']],
  ['a future date is neither within nor older', a('traits.signup', 'not_within_last', { amount: 1, unit: 'minutes' }), ['istanbul-dotted', 'istanbul']],
  ['epoch numbers and "YYYY-MM-DD hh:mm" are not dates', a('traits.signup', 'before', '2030-01-01T00:00:00Z'), ['istanbul-dotted', 'istanbul', 'greek', 'strasse']],
  ['events after asOf never count; window ends included', purchase('count', 'eq', 3, { window: { type: 'last', amount: 7, unit: 'days' } }), ['buyer']],
  ['did not purchase in the last 7 days is count = 0', purchase('count', 'eq', 0, { window: { type: 'last', amount: 7, unit: 'days' } }), ['istanbul-dotted', 'istanbul', 'greek', 'strasse', 'kelvin', 'empty', 'opted-in', 'odd-amounts']],
  ['exact sums: 689.79 + 444.89 + 351.75 is 1486.4299999999998', purchase('sum', 'eq', 1486.4299999999998), ['buyer']],
  ['exact sums: … and not 1486.43', purchase('sum', 'eq', 1486.43), []],
  ['exact sums: ten 0.1 are 1', purchase('sum', 'eq', 1), ['tenths']],
  ['exact sums: 2^53 + 1 + 1 + 1e-300, text skipped', purchase('sum', 'eq', 2 ** 53 + 2), ['odd-amounts']],
  ['avg of nothing is missing, sum of nothing 0', purchase('avg', 'lt', 1e9, { where: [{ field: 'properties.category', operator: 'eq', value: 'Shoes' }] }), ['buyer']],
  ['min skips text amounts', purchase('min', 'eq', 1e-300), ['odd-amounts']],
  ['distinct UTC days, before 1970 too', purchase('distinct_days', 'eq', 2), ['buyer', 'odd-amounts']],
  ['lastSeenAt ignores events after asOf', a('lastSeenAt', 'after', '2024-06-15T11:59:59.999Z'), ['buyer', 'tenths']],
  ['firstSeenAt before 1970', a('firstSeenAt', 'before', '1970-01-01T00:00:00Z'), ['odd-amounts']],
  ['local hour in Asia/Kolkata and its alias Asia/Calcutta', { type: 'context', field: 'local_hour', operator: 'eq', value: 17 }, ['buyer', 'tenths']],
  ['a wrongly cased zone is no zone', { type: 'context', field: 'day_of_week', operator: 'is_not_set' }, ['istanbul-dotted', 'istanbul', 'greek', 'strasse', 'kelvin', 'empty', 'opted-in', 'odd-amounts']],
  ['context strings are exact for eq', { type: 'context', field: 'device', operator: 'eq', value: 'mobile' }, []],
];
