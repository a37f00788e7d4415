import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Predicate, evaluateCondition } from '@/lib/segments';
import { valueTest } from '../compile/value-test';
import { AS_OF, predicate } from './random-conditions';

// value-test.ts copies the evaluator's predicate (not exported by the core); this holds the
// copy to the original on random values of every JSON type.
const jsonValue = fc.oneof(
  fc.constantFrom(undefined, null, true, false, 0, -0, 1, 30, 31, 0.3, 1e308, Number.NaN, Number.POSITIVE_INFINITY),
  fc.constantFrom('', 'Paris', 'paris', 'PAR', '31', 'İstanbul', 'i̇stanbul', 'σ', 'ΣΑΣ', 'é', 'a', '2024-06-10T10:00:00Z', '2024-06-15T11:00:00+00:00', '2024-06-01', '2024-02-30', '\uD800'),
  fc.constantFrom([], ['a'], [1, 'a'], [true], [false], ['Paris'], [null], {}, { a: 1 }),
  fc.string(),
);

describe('valueTest', () => {
  it('answers like the evaluator for any value and predicate', () => {
    fc.assert(
      fc.property(predicate, jsonValue, fc.constantFrom(AS_OF, AS_OF - 86_400_000), (p, value, asOf) => {
        const condition = { type: 'attribute', field: 'traits.v', ...p };
        const expected = evaluateCondition(condition, { profile: { id: 1, externalId: 'x', traits: { v: value } }, events: [] }, { asOf });
        expect(valueTest(p as Predicate)(value, asOf)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
