import { describe, expect, it } from 'vitest';
import { describeCondition } from '../describe';
import { parseCondition } from '../evaluate/condition';
import { nest } from './context-score.cases';
import { attr } from './helpers';

const last7 = { type: 'last', amount: 7, unit: 'days' };
const event = (extra: Record<string, unknown>) => ({ type: 'event', event: 'product_view', window: last7, measure: 'count', operator: 'gte', value: 3, ...extra });

const cases: [condition: unknown, text: string][] = [
  [
    { type: 'group', combinator: 'and', conditions: [attr('traits.age', 'between', [25, 34]), event({})] },
    'Age is between 25 and 34 and viewed a product ≥ 3 times in the last 7 days',
  ],
  [attr('traits.age', 'eq', 31), 'Age is 31'],
  [attr('traits.firstName', 'eq', 'Ann'), 'First name is "Ann"'],
  [attr('traits.address.city', 'neq', 'Paris'), 'Address city is not "Paris"'],
  [attr('traits.age', 'gt', 30), 'Age is more than 30'],
  [attr('traits.age', 'gte', 30), 'Age is at least 30'],
  [attr('traits.age', 'lt', 30), 'Age is less than 30'],
  [attr('traits.age', 'lte', 30), 'Age is at most 30'],
  [attr('traits.plan', 'in', ['pro', 'team']), 'Plan is one of "pro", "team"'],
  [attr('traits.plan', 'not_in', []), 'Plan is none of (nothing)'],
  [attr('email', 'contains', '@acme'), 'Email contains "@acme"'],
  [attr('email', 'not_contains', 'test'), 'Email does not contain "test"'],
  [attr('externalId', 'starts_with', 'u-'), 'External ID starts with "u-"'],
  [attr('traits.utm_source', 'ends_with', '.com'), 'Utm source ends with ".com"'],
  [attr('traits.phone', 'matches', '^\\+33'), 'Phone matches /^\\+33/'],
  [attr('traits.vip', 'is_true'), 'Vip is true'],
  [attr('traits.vip', 'is_false'), 'Vip is false'],
  [attr('traits.vip', 'is_set'), 'Vip is set'],
  [attr('traits.vip', 'is_not_set'), 'Vip is not set'],
  [attr('traits.signedUpAt', 'before', '2024-01-01T00:00:00Z'), 'Signed up at is before 2024-01-01T00:00:00Z'],
  [attr('firstSeenAt', 'after', '2024-01-01T00:00:00+02:00'), 'First seen is after 2024-01-01T00:00:00+02:00'],
  [attr('lastSeenAt', 'within_last', { amount: 1, unit: 'days' }), 'Last seen is within the last 1 day'],
  [attr('lastSeenAt', 'not_within_last', { amount: 30, unit: 'days' }), 'Last seen is more than 30 days ago'],
  [attr('traits.tags', 'includes', 'vip'), 'Tags includes "vip"'],
  [attr('traits.tags', 'not_includes', 3), 'Tags does not include 3'],
  [event({ operator: 'eq', value: 0 }), 'did not view a product in the last 7 days'],
  [event({ operator: 'eq', value: 1, window: { type: 'ever' } }), 'viewed a product exactly 1 time ever'],
  [event({ operator: 'between', value: [2, 5] }), 'viewed a product between 2 and 5 times in the last 7 days'],
  [event({ event: 'purchase', measure: 'sum', property: 'properties.amount', operator: 'gt', value: 100 }), 'purchased with total amount > 100 in the last 7 days'],
  [event({ event: 'purchase', measure: 'avg', property: 'properties.order.total', operator: 'lte', value: 20 }), 'purchased with average order total ≤ 20 in the last 7 days'],
  [event({ event: 'signup_completed', measure: 'distinct_days', operator: 'lt', value: 2, window: { type: 'between', from: '2024-01-01T00:00:00Z', to: '2024-01-31T23:59:59Z' } }), 'did "signup_completed" on < 2 different days between 2024-01-01T00:00:00Z and 2024-01-31T23:59:59Z'],
  [event({ where: [{ field: 'properties.category', operator: 'eq', value: 'shoes' }, { field: 'properties.price', operator: 'gt', value: 50 }] }), 'viewed a product ≥ 3 times in the last 7 days, where category is "shoes" and price is more than 50'],
  [{ type: 'context', field: 'device', operator: 'eq', value: 'mobile' }, 'Device is "mobile"'],
  [{ type: 'context', field: 'local_hour', operator: 'between', value: [9, 17] }, 'Local hour is between 9 and 17'],
  [{ type: 'context', field: 'day_of_week', operator: 'in', value: ['saturday', 'sunday'] }, 'Day of week is one of Saturday, Sunday'],
  [{ type: 'score', field: 'rfm_label', operator: 'eq', value: 'cannot_lose_them' }, 'RFM segment is Cannot lose them'],
  [{ type: 'score', field: 'engagement', operator: 'gte', value: 70 }, 'Engagement score is at least 70'],
  [{ type: 'segment', operator: 'not_in', segment: 'churned' }, 'not in segment "churned"'],
  [{ type: 'group', combinator: 'and', conditions: [] }, 'everyone'],
  [{ type: 'group', combinator: 'or', conditions: [] }, 'no one'],
  [{ type: 'group', combinator: 'or', not: true, conditions: [attr('traits.vip', 'is_true'), attr('traits.age', 'lt', 18)] }, 'not (Vip is true or Age is less than 18)'],
  [
    { type: 'group', combinator: 'or', conditions: [attr('traits.vip', 'is_true'), { type: 'group', combinator: 'and', conditions: [attr('traits.age', 'gt', 60), attr('traits.city', 'eq', 'Nice')] }] },
    'Vip is true or (Age is more than 60 and City is "Nice")',
  ],
  [nest(3), 'Age is more than 30'],
];

describe('describeCondition', () => {
  it.each(cases)('%j', (condition, text) => {
    expect(describeCondition(parseCondition(condition))).toBe(text);
  });
});
