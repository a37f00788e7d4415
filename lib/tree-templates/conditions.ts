import type { Condition, EventCondition } from '@/lib/segments';

// Small constructors for the conditions the templates use, so each template reads like the
// sentence it stands for.

type Days = { type: 'last'; amount: number; unit: 'days' };
export const lastDays = (amount: number): Days => ({ type: 'last', amount, unit: 'days' });

export function eventCount(event: string, window: Days, operator: 'gte' | 'eq', value: number): EventCondition {
  return { type: 'event', event, window, measure: 'count', operator, value };
}

export function eventSum(event: string, property: string, window: Days, value: number): EventCondition {
  return { type: 'event', event, window, measure: 'sum', property, operator: 'gte', value };
}

export function activeDays(event: string, window: Days, value: number): EventCondition {
  return { type: 'event', event, window, measure: 'distinct_days', operator: 'gte', value };
}

export const allOf = (...conditions: Condition[]): Condition => ({ type: 'group', combinator: 'and', conditions });

export const contextIs = (field: 'device', value: string): Condition => ({ type: 'context', field, operator: 'eq', value });
