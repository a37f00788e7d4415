import { describe, expect, it } from 'vitest';
import { conditionRootSchema } from '../schema/conditions';
import { schemaCases } from './schema.cases';

describe('condition schema', () => {
  it.each(schemaCases)('%s', (_name, condition, expected) => {
    const result = conditionRootSchema.safeParse(condition);
    if (expected === true) {
      expect(result.error?.issues ?? []).toEqual([]);
    } else {
      expect(result.success).toBe(false);
      expect(result.error!.issues.map((i) => i.message).join(' | ')).toContain(expected);
    }
  });

  it('strips what the canvas adds', () => {
    const parsed = conditionRootSchema.parse({ type: 'attribute', field: 'traits.a', operator: 'is_set', selected: true });
    expect(parsed).toEqual({ type: 'attribute', field: 'traits.a', operator: 'is_set' });
  });
});
