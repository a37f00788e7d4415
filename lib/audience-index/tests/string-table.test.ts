import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringTable } from '../storage/string-table';

describe('StringTable', () => {
  it('interns any strings, ill-formed ones included, and gives each back exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.string(), fc.constantFrom('\uD800', '\uDBFF', '\uFFFD', 'é', 'e\u0301', '')), { maxLength: 300 }), (values) => {
        const table = new StringTable(4);
        const codes = new Map<string, number>();
        for (const v of values) {
          const code = table.intern(v);
          if (codes.has(v)) expect(code).toBe(codes.get(v));
          else expect(code).toBe(codes.size);
          codes.set(v, code);
        }
        expect(table.size).toBe(codes.size);
        table.trim();
        for (const [v, code] of codes) {
          expect(table.get(code)).toBe(v);
          expect(table.find(v)).toBe(code);
        }
        expect(table.find('never-interned-\u0000')).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });
});
