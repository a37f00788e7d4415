import { describe, expect, it } from 'vitest';
import { type Condition, conditionRootSchema } from '@/lib/segments/schema/conditions';
import { buildCatalogue } from './catalogue';
import { CONDITION_KINDS, type DraftContext, convertCondition, newCondition } from './condition-drafts';
import { defaultCondition } from './default-condition';
import { EMPTY_SCHEMA, TEST_SCHEMA } from './test-schema';

const ctx: DraftContext = {
  catalogue: buildCatalogue(TEST_SCHEMA),
  dates: { timeZone: 'UTC', today: '2024-07-14' },
  segments: [{ key: 'vip', treeId: 't1', treeName: 'Value', size: 120 }],
};
const valid = (c: Condition) => conditionRootSchema.safeParse(c).success;

describe('defaultCondition', () => {
  it('starts on the most common trait with an operand that suits it', () => {
    expect(defaultCondition(TEST_SCHEMA)).toEqual({ type: 'attribute', field: 'traits.plan', operator: 'eq', value: 'free' });
  });
  it('falls back to "email is set" in a workspace without data', () => {
    expect(defaultCondition(EMPTY_SCHEMA)).toEqual({ type: 'attribute', field: 'email', operator: 'is_set' });
  });
});

describe('newCondition', () => {
  it.each(CONDITION_KINDS)('a new %s condition is valid with this schema', (kind) => {
    const c = newCondition(kind, ctx);
    expect(c.type).toBe(kind);
    expect(valid(c)).toBe(true);
  });

  it('event: the most sampled event, at least once in the last 30 days', () => {
    expect(newCondition('event', ctx)).toEqual({
      type: 'event', event: 'product_view', window: { type: 'last', amount: 30, unit: 'days' }, measure: 'count', operator: 'gte', value: 1,
    });
  });

  it('segment without published segments is incomplete, and says so', () => {
    const c = newCondition('segment', { ...ctx, segments: [] });
    expect(c).toEqual({ type: 'segment', operator: 'in', segment: '' });
    expect(valid(c)).toBe(false);
  });
});

describe('convertCondition', () => {
  const plan: Condition = { type: 'attribute', field: 'traits.plan', operator: 'eq', value: 'pro' };
  const country: Condition = { type: 'attribute', field: 'traits.address.country', operator: 'in', value: ['FR', 'DE'] };

  it('wraps a condition in a group and unwraps it again', () => {
    const group = convertCondition(plan, 'group', ctx);
    expect(group).toEqual({ type: 'group', combinator: 'and', conditions: [plan] });
    expect(convertCondition(group, 'attribute', ctx)).toBe(plan);
  });

  it('unwrapping a group without a child of that kind starts fresh', () => {
    const group: Condition = { type: 'group', combinator: 'or', conditions: [plan] };
    expect(convertCondition(group, 'event', ctx).type).toBe('event');
  });

  it('attribute ↔ context keeps the field when the names match, and the operator and operand', () => {
    const asContext = convertCondition(country, 'context', ctx);
    expect(asContext).toEqual({ type: 'context', field: 'country', operator: 'in', value: ['FR', 'DE'] });
    expect(convertCondition({ type: 'context', field: 'device', operator: 'eq', value: 'mobile' }, 'attribute', ctx))
      .toEqual({ type: 'attribute', field: 'traits.plan', operator: 'eq', value: 'mobile' });
  });

  it('attribute → score keeps what fits the score field, else its default', () => {
    expect(convertCondition(plan, 'score', ctx)).toEqual({ type: 'score', field: 'rfm_label', operator: 'eq', value: 'champions' });
    expect(convertCondition({ type: 'attribute', field: 'traits.x', operator: 'in', value: ['at_risk'] }, 'score', ctx))
      .toEqual({ type: 'score', field: 'rfm_label', operator: 'in', value: ['at_risk'] });
  });

  it('the same kind is left alone; unrelated kinds start fresh', () => {
    expect(convertCondition(plan, 'attribute', ctx)).toBe(plan);
    expect(convertCondition(plan, 'segment', ctx)).toEqual({ type: 'segment', operator: 'in', segment: 'vip', treeId: 't1' });
    expect(convertCondition(newCondition('event', ctx), 'context', ctx)).toEqual({ type: 'context', field: 'device', operator: 'eq', value: 'mobile' });
  });
});
