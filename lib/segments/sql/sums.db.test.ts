import fc from 'fast-check';
import { beforeAll, it } from 'vitest';
import { fsum } from '@/lib/segments';
import { rawDb } from '@/lib/db/raw';
import { createTestWorkspace, describeDb } from '@/test/db-test';
import { expectAgreement } from './tests/agreement';
import { AS_OF, DAY } from './tests/arb-values';
import type { TestProfile } from './tests/test-data';
import { splitTree } from './tests/trees';

// Sums and averages compared exactly at their own values and the doubles next to them, where
// an engine that adds in another order (SUM over float8) or in decimal (SUM over numeric)
// lands on the other side. Amounts: cents, tenths, tiny and large doubles, text.

const amount = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -100_000, max: 100_000 }).map((c) => c / 100) },
  { weight: 2, arbitrary: fc.constantFrom(0.1, 0.2, 0.3, 0.7, 1 / 3, 2 ** 53, 1, 1e-300, 5e-324, 2.5e-308, 1e300, -1e300, 1e16, 1e-5) },
  { weight: 1, arbitrary: fc.double({ min: -1e300, max: 1e300, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom('19.99', null) },
);

const data = fc.array(fc.array(amount, { maxLength: 8 }), { minLength: 10, maxLength: 10 }).map((lists): TestProfile[] =>
  lists.map((amounts, i) => ({
    externalId: `u${i}`,
    events: amounts.map((value, j) => ({ name: 'purchase', timestamp: AS_OF - j * DAY, properties: { amount: value } })),
  })),
);

const next = (x: number, up: boolean) => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, x === 0 ? (up ? 1n : -9223372036854775807n) : bits + ((x > 0) === up ? 1n : -1n));
  return view.getFloat64(0);
};

describeDb('SQL engine: exact sums', () => {
  let workspaceId = '';
  beforeAll(async () => {
    workspaceId = (await createTestWorkspace('SQL sums')).id;
  });

  it('agree with fsum at and next to every profile\'s own sum and average', async () => {
    await fc.assert(
      fc.asyncProperty(data, fc.array(fc.tuple(fc.nat(9), fc.constantFrom('sum', 'avg'), fc.constantFrom('eq', 'gt', 'lt'), fc.constantFrom(-1, 0, 1)), { minLength: 8, maxLength: 8 }), async (profiles, picks) => {
        const conditions = picks.map(([k, measure, operator, shift]) => {
          const values = profiles[k].events!.map((e) => (e.properties as { amount: unknown }).amount).filter((v): v is number => typeof v === 'number');
          const exact = measure === 'sum' ? fsum(values) : values.length ? fsum(values) / values.length : 0;
          const value = shift === 0 || !Number.isFinite(exact) ? exact : next(exact, shift > 0);
          return { type: 'event', event: 'purchase', window: { type: 'ever' }, measure, property: 'properties.amount', operator, value };
        });
        await expectAgreement(rawDb(), workspaceId, profiles, conditions.map(splitTree), { asOf: AS_OF });
      }),
      { numRuns: Number(process.env.SQL_SUM_RUNS ?? 60) },
    );
  }, 240_000);
});
