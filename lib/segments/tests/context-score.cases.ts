import { type ConditionCase, ms } from './helpers';

const ctx = (field: string, operator: string, value?: unknown) =>
  value === undefined ? { type: 'context', field, operator } : { type: 'context', field, operator, value };
const score = (field: string, operator: string, value?: unknown) =>
  value === undefined ? { type: 'score', field, operator } : { type: 'score', field, operator, value };
const hour = (zone: unknown, expected: number, asOf?: number): ConditionCase =>
  [`local_hour in ${String(zone)} is ${expected}`, ctx('local_hour', 'eq', expected), { context: { timezone: zone } }, true, asOf];
const day = (zone: string, expected: string, asOf?: number): ConditionCase =>
  [`day_of_week in ${zone} is ${expected}`, ctx('day_of_week', 'eq', expected), { context: { timezone: zone } }, true, asOf];

export const contextCases: ConditionCase[] = [
  ['stored context', ctx('device', 'eq', 'mobile'), { context: { device: 'mobile' } }, true],
  ['request context overrides stored', ctx('device', 'eq', 'mobile'), { context: { device: 'mobile' }, requestContext: { device: 'desktop' } }, false],
  ['request context adds keys', ctx('browser', 'eq', 'Firefox'), { context: { device: 'mobile' }, requestContext: { browser: 'Firefox' } }, true],
  ['request null falls back to stored', ctx('device', 'eq', 'mobile'), { context: { device: 'mobile' }, requestContext: { device: null } }, true],
  ['country in is exact', ctx('country', 'in', ['US', 'CA']), { context: { country: 'us' } }, false],
  ['country in', ctx('country', 'in', ['US', 'CA']), { context: { country: 'CA' } }, true],
  ['country not_in on missing', ctx('country', 'not_in', ['US']), { context: {} }, false],
  ['region neq', ctx('region', 'neq', 'IDF'), { context: { region: 'ARA' } }, true],
  ['city matches', ctx('city', 'matches', '^San '), { context: { city: 'San Francisco' } }, true],
  ['city stored as a number is not text', ctx('city', 'eq', '5'), { context: { city: 5 } }, false],
  ['referrer contains ignores case', ctx('referrer', 'contains', 'google.'), { context: { referrer: 'https://www.Google.com/' } }, true],
  ['referrer not_contains', ctx('referrer', 'not_contains', 'google'), { context: { referrer: 'https://bing.com/' } }, true],
  ['os starts_with', ctx('os', 'starts_with', 'ios'), { context: { os: 'iOS 17' } }, true],
  ['utm_source is_not_set', ctx('utm_source', 'is_not_set'), { context: {} }, true],
  ['utm_medium ends_with', ctx('utm_medium', 'ends_with', 'mail'), { context: { utm_medium: 'Email' } }, true],
  ['utm_campaign starts_with', ctx('utm_campaign', 'starts_with', 'summer'), { context: { utm_campaign: 'summer-24' } }, true],
  ['timezone eq', ctx('timezone', 'eq', 'Europe/Paris'), { context: { timezone: 'Europe/Paris' } }, true],
  ['context that is not an object', ctx('device', 'is_not_set'), { context: 'mobile' }, true],
  // local hour / day of week: asOf (Sat 2024-06-15 12:00Z) seen from the profile's zone
  hour('UTC', 12),
  hour('Etc/UTC', 12),
  hour('Europe/Paris', 14),
  hour('America/New_York', 8),
  hour('Asia/Kolkata', 17),
  hour('Asia/Calcutta', 17),
  hour('Etc/GMT+5', 7),
  ['local_hour between', ctx('local_hour', 'between', [9, 17]), { context: { timezone: 'Europe/Paris' } }, true],
  ['local_hour gte', ctx('local_hour', 'gte', 15), { context: { timezone: 'Europe/Paris' } }, false],
  ['local_hour from the request zone', ctx('local_hour', 'eq', 8), { context: { timezone: 'Europe/Paris' }, requestContext: { timezone: 'America/New_York' } }, true],
  ['zone names are case-sensitive', ctx('local_hour', 'is_not_set'), { context: { timezone: 'america/new_york' } }, true],
  ['wrong-case zone: eq fails', ctx('local_hour', 'eq', 8), { context: { timezone: 'america/new_york' } }, false],
  ['unknown zone', ctx('day_of_week', 'is_not_set'), { context: { timezone: 'Mars/Olympus' } }, true],
  ['"Factory" is not a zone', ctx('local_hour', 'is_set'), { context: { timezone: 'Factory' } }, false],
  ['offset strings are not zones', ctx('local_hour', 'is_set'), { context: { timezone: '+02:00' } }, false],
  ['zone that is not text', ctx('local_hour', 'is_set'), { context: { timezone: 1 } }, false],
  ['no zone', ctx('local_hour', 'is_not_set'), { context: {} }, true],
  ['local_hour is_set', ctx('local_hour', 'is_set'), { context: { timezone: 'Asia/Tokyo' } }, true],
  day('UTC', 'saturday'),
  day('Pacific/Kiritimati', 'sunday'),
  day('Pacific/Pago_Pago', 'saturday'),
  day('Asia/Tokyo', 'sunday', ms('2024-06-15T23:30:00Z')),
  ['day_of_week in', ctx('day_of_week', 'in', ['saturday', 'sunday']), { context: { timezone: 'UTC' } }, true],
  ['day_of_week not_in', ctx('day_of_week', 'not_in', ['saturday', 'sunday']), { context: { timezone: 'UTC' } }, false],
  ['day_of_week neq', ctx('day_of_week', 'neq', 'monday'), { context: { timezone: 'UTC' } }, true],
  // DST edges (fixed offsets would get these wrong)
  hour('America/New_York', 1, ms('2024-03-10T06:59:59Z')),
  hour('America/New_York', 3, ms('2024-03-10T07:00:00Z')),
  hour('America/New_York', 1, ms('2024-11-03T05:30:00Z')),
  hour('America/New_York', 1, ms('2024-11-03T06:30:00Z')),
  hour('America/New_York', 2, ms('2024-11-03T07:00:00Z')),
  hour('Europe/London', 0, ms('2024-03-31T00:59:59Z')),
  hour('Europe/London', 2, ms('2024-03-31T01:00:00Z')),
  day('Europe/London', 'sunday', ms('2024-03-31T00:30:00Z')),
  day('Australia/Sydney', 'sunday', ms('2024-04-06T15:30:00Z')),
  hour('Australia/Sydney', 2, ms('2024-04-06T15:30:00Z')),
  hour('Australia/Sydney', 2, ms('2024-04-06T16:30:00Z')),
];

export const scoreCases: ConditionCase[] = [
  ['rfm recency eq', score('rfm_recency', 'eq', 5), { scores: { rfm: { r: 5, f: 1, m: 2, label: 'champions' } } }, true],
  ['rfm recency stored as text', score('rfm_recency', 'eq', 5), { scores: { rfm: { r: '5' } } }, false],
  ['rfm recency gte', score('rfm_recency', 'gte', 4), { scores: { rfm: { r: 4 } } }, true],
  ['rfm frequency lt', score('rfm_frequency', 'lt', 2), { scores: { rfm: { f: 1 } } }, true],
  ['rfm monetary between', score('rfm_monetary', 'between', [3, 5]), { scores: { rfm: { m: 3 } } }, true],
  ['rfm monetary neq on missing', score('rfm_monetary', 'neq', 3), { scores: {} }, false],
  ['rfm is_not_set without scores', score('rfm_recency', 'is_not_set'), { scores: undefined }, true],
  ['rfm label eq', score('rfm_label', 'eq', 'champions'), { scores: { rfm: { label: 'champions' } } }, true],
  ['rfm label in', score('rfm_label', 'in', ['at_risk', 'lost']), { scores: { rfm: { label: 'lost' } } }, true],
  ['rfm label neq on missing', score('rfm_label', 'neq', 'lost'), { scores: { rfm: {} } }, false],
  ['engagement gt', score('engagement', 'gt', 50), { scores: { engagement: 72.5 } }, true],
  ['engagement stored as text', score('engagement', 'gt', 50), { scores: { engagement: '72' } }, false],
  ['engagement lte', score('engagement', 'lte', 10), { scores: { engagement: 10 } }, true],
];

const age30 = { type: 'attribute', field: 'traits.age', operator: 'gt', value: 30 };
const isVip = { type: 'attribute', field: 'traits.vip', operator: 'is_true' };
const group = (combinator: string, conditions: unknown[], not?: boolean) =>
  not === undefined ? { type: 'group', combinator, conditions } : { type: 'group', combinator, conditions, not };
const nest = (depth: number): unknown => (depth === 1 ? group('and', [age30]) : group('and', [nest(depth - 1)]));

export const segmentAndGroupCases: ConditionCase[] = [
  ['in segment', { type: 'segment', operator: 'in', segment: 'vip' }, { memberOf: ['vip'] }, true],
  ['in segment: not a member', { type: 'segment', operator: 'in', segment: 'vip' }, { memberOf: [] }, false],
  ['not_in segment', { type: 'segment', operator: 'not_in', segment: 'vip' }, { memberOf: ['other'] }, true],
  ['not_in segment: member', { type: 'segment', operator: 'not_in', segment: 'vip' }, { memberOf: ['vip'] }, false],
  ['empty and is true', group('and', []), {}, true],
  ['empty or is false', group('or', []), {}, false],
  ['not empty and is false', group('and', [], true), {}, false],
  ['not empty or is true', group('or', [], true), {}, true],
  ['and: both', group('and', [age30, isVip]), { traits: { age: 40, vip: true } }, true],
  ['and: one fails', group('and', [age30, isVip]), { traits: { age: 40, vip: false } }, false],
  ['or: one holds', group('or', [age30, isVip]), { traits: { age: 20, vip: true } }, true],
  ['or: none', group('or', [age30, isVip]), { traits: { age: 20 } }, false],
  ['not and', group('and', [age30, isVip], true), { traits: { age: 40, vip: true } }, false],
  ['negation includes profiles missing the trait', group('and', [age30], true), { traits: {} }, true],
  ['nested groups, 5 deep', nest(5), { traits: { age: 31 } }, true],
  ['nested groups, 5 deep, false', nest(5), { traits: { age: 30 } }, false],
  ['or of and', group('or', [group('and', [age30, isVip]), group('and', [], true)]), { traits: { age: 40, vip: true } }, true],
];

export { nest, group, age30 };
