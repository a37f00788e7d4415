import { AS_OF, type ConditionCase, ev } from './helpers';

type Window = { type: 'last'; amount: number; unit: string } | { type: 'between'; from: string; to: string } | { type: 'ever' };
const last = (amount: number, unit = 'days'): Window => ({ type: 'last', amount, unit });
const ever: Window = { type: 'ever' };
const between = (from: string, to: string): Window => ({ type: 'between', from, to });

function event(
  name: string,
  window: Window,
  measure: string,
  operator: string,
  value: number | [number, number],
  extra: { where?: unknown[]; property?: string } = {},
) {
  return { type: 'event', event: name, window, measure, operator, value, ...extra };
}
const count = (window: Window, operator: string, value: number | [number, number], where?: unknown[]) =>
  event('product_view', window, 'count', operator, value, where ? { where } : {});
const pv = (iso: string, properties?: unknown, messageId?: string | null) => ev('product_view', iso, properties, messageId);
const buy = (iso: string, amount: unknown) => ev('purchase', iso, amount === undefined ? {} : { amount });
const asOfMinus = (msAgo: number) => new Date(AS_OF - msAgo).toISOString();

const three = [pv('2024-06-14T10:00:00Z'), pv('2024-06-13T10:00:00Z'), pv('2024-06-12T10:00:00Z')];
const purchases = [
  buy('2024-06-14T10:00:00Z', 10),
  buy('2024-06-13T10:00:00Z', 20.5),
  buy('2024-06-12T10:00:00Z', '19.99'),
  buy('2024-06-11T10:00:00Z', null),
  buy('2024-06-10T10:00:00Z', undefined),
];
const amount = { property: 'properties.amount' };

export const eventCases: ConditionCase[] = [
  // comparisons on a count of 3
  ['count gt 2', count(ever, 'gt', 2), { events: three }, true],
  ['count gt 3', count(ever, 'gt', 3), { events: three }, false],
  ['count gte 3', count(ever, 'gte', 3), { events: three }, true],
  ['count lt 4', count(ever, 'lt', 4), { events: three }, true],
  ['count lt 3', count(ever, 'lt', 3), { events: three }, false],
  ['count lte 3', count(ever, 'lte', 3), { events: three }, true],
  ['count eq 3', count(ever, 'eq', 3), { events: three }, true],
  ['count neq 3', count(ever, 'neq', 3), { events: three }, false],
  ['count neq 2', count(ever, 'neq', 2), { events: three }, true],
  ['count between [3, 5]', count(ever, 'between', [3, 5]), { events: three }, true],
  ['count between [1, 3]', count(ever, 'between', [1, 3]), { events: three }, true],
  ['count between [4, 5]', count(ever, 'between', [4, 5]), { events: three }, false],
  ['names are exact', event('Product_View', ever, 'count', 'eq', 0), { events: three }, true],
  ['other events do not count', count(ever, 'eq', 0), { events: [ev('page_view', '2024-06-14T10:00:00Z')] }, true],

  // no matching events
  ['count is 0 without events ("did not")', count(last(7), 'eq', 0), { events: [] }, true],
  ['sum is 0 without events', event('purchase', ever, 'sum', 'eq', 0, amount), { events: [] }, true],
  ['avg is missing without events', event('purchase', ever, 'avg', 'gte', 0, amount), { events: [] }, false],
  ['avg missing fails neq too', event('purchase', ever, 'avg', 'neq', 5, amount), { events: [] }, false],
  ['min is missing without events', event('purchase', ever, 'min', 'lte', 1e9, amount), { events: [] }, false],
  ['max is missing without events', event('purchase', ever, 'max', 'gt', -1e9, amount), { events: [] }, false],
  ['distinct_days is 0 without events', event('purchase', ever, 'distinct_days', 'eq', 0), { events: [] }, true],

  // windows and their boundaries
  ['last 7 days: exactly asOf − 7 d is in', count(last(7), 'eq', 1), { events: [pv('2024-06-08T12:00:00Z')] }, true],
  ['last 7 days: 1 ms earlier is out', count(last(7), 'eq', 0), { events: [pv('2024-06-08T11:59:59.999Z')] }, true],
  ['last 7 days: asOf itself is in', count(last(7), 'eq', 1), { events: [pv('2024-06-15T12:00:00Z')] }, true],
  ['last 7 days: 1 ms after asOf is out', count(last(7), 'eq', 0), { events: [pv('2024-06-15T12:00:00.001Z')] }, true],
  ['last 1 minute: boundary in', count(last(1, 'minutes'), 'eq', 1), { events: [pv(asOfMinus(60_000))] }, true],
  ['last 1 minute: 1 ms earlier out', count(last(1, 'minutes'), 'eq', 0), { events: [pv(asOfMinus(60_001))] }, true],
  ['last 2 hours: boundary in', count(last(2, 'hours'), 'eq', 1), { events: [pv(asOfMinus(7_200_000))] }, true],
  ['last 2 hours: 1 ms earlier out', count(last(2, 'hours'), 'eq', 0), { events: [pv(asOfMinus(7_200_001))] }, true],
  ['last 1 week: boundary in', count(last(1, 'weeks'), 'eq', 1), { events: [pv(asOfMinus(604_800_000))] }, true],
  ['last 1 week: 1 ms earlier out', count(last(1, 'weeks'), 'eq', 0), { events: [pv(asOfMinus(604_800_001))] }, true],
  ['days are 86,400 s even across DST', count(last(1), 'eq', 1), { events: [pv('2024-03-30T12:00:00Z')] }, true, Date.parse('2024-03-31T12:00:00Z')],
  ['ever counts the distant past', count(ever, 'eq', 1), { events: [pv('1999-01-01T00:00:00Z')] }, true],
  ['ever never counts after asOf', count(ever, 'eq', 0), { events: [pv('2025-01-01T00:00:00Z')] }, true],
  ['between: start included', count(between('2024-06-01T00:00:00Z', '2024-06-10T23:59:59.999Z'), 'eq', 1), { events: [pv('2024-06-01T00:00:00Z')] }, true],
  ['between: end included', count(between('2024-06-01T00:00:00Z', '2024-06-10T23:59:59.999Z'), 'eq', 1), { events: [pv('2024-06-10T23:59:59.999Z')] }, true],
  ['between: 1 ms before start', count(between('2024-06-01T00:00:00Z', '2024-06-10T23:59:59.999Z'), 'eq', 0), { events: [pv('2024-05-31T23:59:59.999Z')] }, true],
  ['between: 1 ms after end', count(between('2024-06-01T00:00:00Z', '2024-06-10T23:59:59.999Z'), 'eq', 0), { events: [pv('2024-06-11T00:00:00Z')] }, true],
  ['between with offsets: start', count(between('2024-06-01T00:00:00+02:00', '2024-06-02T00:00:00+02:00'), 'eq', 1), { events: [pv('2024-05-31T22:00:00Z')] }, true],
  ['between with offsets: before start', count(between('2024-06-01T00:00:00+02:00', '2024-06-02T00:00:00+02:00'), 'eq', 0), { events: [pv('2024-05-31T21:59:59.999Z')] }, true],
  ['between ending after asOf stops at asOf', count(between('2024-06-01T00:00:00Z', '2024-12-31T00:00:00Z'), 'eq', 1), { events: [pv('2024-06-14T00:00:00Z'), pv('2024-06-20T00:00:00Z')] }, true],
  ['between entirely after asOf', count(between('2024-07-01T00:00:00Z', '2024-08-01T00:00:00Z'), 'eq', 0), { events: [pv('2024-07-02T00:00:00Z')] }, true],

  // property filters: all must hold; a missing property fails every filter but is_not_set
  ['filter eq', count(ever, 'eq', 1, [{ field: 'properties.category', operator: 'eq', value: 'shoes' }]), { events: [pv('2024-06-14T00:00:00Z', { category: 'shoes' }), pv('2024-06-14T00:00:00Z', { category: 'Shoes' }), pv('2024-06-14T00:00:00Z', { category: 'bags' })] }, true],
  ['all filters must hold', count(ever, 'eq', 1, [{ field: 'properties.category', operator: 'eq', value: 'shoes' }, { field: 'properties.price', operator: 'gt', value: 50 }]), { events: [pv('2024-06-14T00:00:00Z', { category: 'shoes', price: 80 }), pv('2024-06-14T00:00:00Z', { category: 'shoes', price: 20 }), pv('2024-06-14T00:00:00Z', { category: 'bags', price: 90 })] }, true],
  ['filter on a missing property excludes the event', count(ever, 'eq', 0, [{ field: 'properties.category', operator: 'neq', value: 'shoes' }]), { events: [pv('2024-06-14T00:00:00Z', {})] }, true],
  ['is_not_set filter keeps events without it', count(ever, 'eq', 2, [{ field: 'properties.coupon', operator: 'is_not_set' }]), { events: [pv('2024-06-14T00:00:00Z', {}), pv('2024-06-14T00:00:00Z', { coupon: null }), pv('2024-06-14T00:00:00Z', { coupon: 'X' })] }, true],
  ['filter includes on an array property', count(ever, 'eq', 1, [{ field: 'properties.tags', operator: 'includes', value: 'sale' }]), { events: [pv('2024-06-14T00:00:00Z', { tags: ['sale', 'new'] }), pv('2024-06-14T00:00:00Z', { tags: 'sale' })] }, true],
  ['filter not_includes needs an array', count(ever, 'eq', 1, [{ field: 'properties.tags', operator: 'not_includes', value: 'sale' }]), { events: [pv('2024-06-14T00:00:00Z', { tags: [] }), pv('2024-06-14T00:00:00Z', {})] }, true],
  ['filter on a nested property', count(ever, 'eq', 1, [{ field: 'properties.item.sku', operator: 'starts_with', value: 'ab' }]), { events: [pv('2024-06-14T00:00:00Z', { item: { sku: 'AB-1' } })] }, true],
  ['filter with a date operator', count(ever, 'eq', 1, [{ field: 'properties.shippedAt', operator: 'within_last', value: { amount: 1, unit: 'days' } }]), { events: [pv('2024-06-10T00:00:00Z', { shippedAt: '2024-06-15T00:00:00Z' }), pv('2024-06-10T00:00:00Z', { shippedAt: '2024-06-01T00:00:00Z' })] }, true],
  ['properties that are not an object', count(ever, 'eq', 1, [{ field: 'properties.x', operator: 'is_not_set' }]), { events: [pv('2024-06-14T00:00:00Z', null)] }, true],

  // measures
  ['count includes events with unusable amounts', event('purchase', ever, 'count', 'eq', 5), { events: purchases }, true],
  ['sum skips text and missing amounts', event('purchase', ever, 'sum', 'eq', 30.5, amount), { events: purchases }, true],
  ['avg over numeric amounts only', event('purchase', ever, 'avg', 'eq', 15.25, amount), { events: purchases }, true],
  ['min', event('purchase', ever, 'min', 'eq', 10, amount), { events: purchases }, true],
  ['max', event('purchase', ever, 'max', 'eq', 20.5, amount), { events: purchases }, true],
  ['max with negatives', event('purchase', ever, 'max', 'eq', -1, amount), { events: [buy('2024-06-14T00:00:00Z', -5), buy('2024-06-14T00:00:00Z', -1)] }, true],
  ['only text amounts: sum 0', event('purchase', ever, 'sum', 'eq', 0, amount), { events: [buy('2024-06-14T00:00:00Z', '19.99')] }, true],
  ['only text amounts: avg missing', event('purchase', ever, 'avg', 'lte', 100, amount), { events: [buy('2024-06-14T00:00:00Z', '19.99')] }, false],
  ['sum is exact: ten times 0.1 is 1', event('purchase', ever, 'sum', 'eq', 1, amount), { events: Array.from({ length: 10 }, () => buy('2024-06-14T00:00:00Z', 0.1)) }, true],
  ['sum is exact: 0.1 + 0.2 + 0.3 is 0.6', event('purchase', ever, 'sum', 'eq', 0.6, amount), { events: [buy('2024-06-14T00:00:00Z', 0.1), buy('2024-06-14T00:00:00Z', 0.2), buy('2024-06-14T00:00:00Z', 0.3)] }, true],
  ['sum respects the window', event('purchase', last(3), 'sum', 'eq', 30.5, amount), { events: [...purchases, buy('2024-06-01T00:00:00Z', 1000)] }, true],
  ['sum between', event('purchase', ever, 'sum', 'between', [30, 31], amount), { events: purchases }, true],
  ['distinct_days across UTC midnight', event('product_view', ever, 'distinct_days', 'eq', 2), { events: [pv('2024-06-14T23:59:59.999Z'), pv('2024-06-15T00:00:00Z')] }, true],
  ['distinct_days within one UTC day', event('product_view', ever, 'distinct_days', 'eq', 1), { events: [pv('2024-06-14T00:00:00Z'), pv('2024-06-14T23:59:59.999Z')] }, true],
  ['distinct_days uses UTC, not the offset', event('product_view', ever, 'distinct_days', 'eq', 1), { events: [pv('2024-06-14T23:30:00-02:00'), pv('2024-06-15T10:00:00Z')] }, true],
  ['distinct_days gte', event('product_view', last(7), 'distinct_days', 'gte', 3), { events: three }, true],

  // deduplication by messageId: the first in storage order wins
  ['repeated messageId counts once', count(ever, 'eq', 1), { events: [pv('2024-06-14T00:00:00Z', {}, 'm1'), pv('2024-06-14T00:00:00Z', {}, 'm1')] }, true],
  ['events without messageId are never deduplicated', count(ever, 'eq', 2), { events: [pv('2024-06-14T00:00:00Z'), pv('2024-06-14T00:00:00Z')] }, true],
  ['an empty messageId is no messageId', count(ever, 'eq', 2), { events: [pv('2024-06-14T00:00:00Z', {}, ''), pv('2024-06-14T00:00:00Z', {}, '')] }, true],
  ['the first copy wins even when outside the window', count(last(7), 'eq', 0), { events: [pv('2024-01-01T00:00:00Z', {}, 'm1'), pv('2024-06-14T00:00:00Z', {}, 'm1')] }, true],
  ['the first copy wins even when after asOf', count(ever, 'eq', 0), { events: [pv('2024-07-01T00:00:00Z', {}, 'm1'), pv('2024-06-14T00:00:00Z', {}, 'm1')] }, true],
  ['deduplication spans event names', event('purchase', ever, 'count', 'eq', 0), { events: [ev('page_view', '2024-06-14T00:00:00Z', {}, 'm1'), ev('purchase', '2024-06-14T00:00:00Z', {}, 'm1')] }, true],
  ['Date timestamps are accepted', count(ever, 'eq', 1), { events: [{ name: 'product_view', timestamp: new Date('2024-06-14T00:00:00Z') }] }, true],
  ['invalid timestamps are ignored', count(ever, 'eq', 0), { events: [{ name: 'product_view', timestamp: NaN }, { name: 'product_view', timestamp: new Date('nope') }] }, true],
];
