import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern } from '@/lib/segments';
import { type LowerKind, lowerMatchPattern, renderPattern } from './lower-pattern';
import { regexToAre } from './regex-to-are';
import { PATTERNS, trickyString, word } from './tests/arb-values';

// The PostgreSQL text matchers are built from JavaScript's own behaviour; here the same
// constructions, rendered as JavaScript regular expressions, are checked against
// toLowerCase() and the core's matcher. (The db tests then check PostgreSQL reads the ARE
// rendering the same way.)

function viaPattern(kind: LowerKind, value: string, needle: string): boolean {
  const parts = lowerMatchPattern(kind, needle.toLowerCase());
  if (typeof parts === 'boolean') return parts;
  return new RegExp(renderPattern(parts, 'js'), 'u').test(value);
}

function truth(kind: LowerKind, value: string, needle: string): boolean {
  const v = value.toLowerCase();
  const n = needle.toLowerCase();
  return kind === 'contains' ? v.includes(n) : kind === 'starts_with' ? v.startsWith(n) : v.endsWith(n);
}

const UNPAIRED = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const kinds: LowerKind[] = ['contains', 'starts_with', 'ends_with'];

describe('case-insensitive matching without lower()', () => {
  it.each([
    ['contains', 'İstanbul', 'i̇st', true],
    ['starts_with', 'İstanbul', 'ist', false],
    ['contains', 'İ', 'i', true],
    ['ends_with', 'xİ', 'i', false],
    ['ends_with', 'xİ', '\u0307', true],
    ['starts_with', 'İ', '\u0307', false],
    ['ends_with', 'ΟΔΟΣ', 'ς', true],
    ['ends_with', 'ΟΔΟΣ', 'σ', false],
    ['contains', 'ΟΔΟΣ ΣΟΦΙΑΣ', 'ς σ', true],
    ['contains', 'Σ', 'σ', true],
    ['contains', 'A\u0345Σ', 'ς', true],
    ['contains', '\u0345Σ', 'σ', true],
    ['contains', 'Straße', 'ss', false],
    ['contains', 'ẞ', 'ß', true],
    ['contains', 'Café', 'cafe\u0301', false],
    ['contains', '\u212aelvin', 'kelvin', true],
    ['contains', 'anything', '', true],
  ] as const)('%s(%j, %j) = %s', (kind, value, needle, expected) => {
    expect(truth(kind, value, needle)).toBe(expected);
    expect(viaPattern(kind, value, needle)).toBe(expected);
  }, 30_000); // the first one builds the lowering tables (about 1 s)

  it('agrees with toLowerCase on random text', () => {
    const text = fc.oneof(trickyString, word);
    fc.assert(
      fc.property(fc.constantFrom(...kinds), text, text, fc.nat(4), (kind, value, source, cut) => {
        // Needles cut from the value's own lower-case form hit partial İ and Σ matches often.
        const lower = value.toLowerCase();
        const needle = cut === 0 ? source : lower.slice(Math.min(cut - 1, lower.length), cut + 2);
        if (UNPAIRED.test(needle)) return; // cannot exist in stored text (docs/SQL-ENGINE.md)
        expect(viaPattern(kind, value, needle)).toBe(truth(kind, value, needle));
      }),
      { numRuns: 5000 },
    );
  }, 60_000);
});

describe('matches patterns re-emitted from the AST', () => {
  const patterns = PATTERNS.filter((p) => {
    try {
      compilePattern(p);
      return true;
    } catch {
      return false;
    }
  });
  it('mean what the core matcher means', () => {
    const subject = fc.oneof(word, trickyString, fc.constantFrom('x'.repeat(300) + 'y', 'a'.repeat(256), 'AB', '12', '-3.5'));
    fc.assert(
      fc.property(fc.constantFrom(...patterns), subject, (pattern, value) => {
        const compiled = compilePattern(pattern);
        expect(new RegExp(regexToAre(compiled.ast, 'js'), 'u').test(value)).toBe(compiled.test(value));
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('splits counts above 255 (PostgreSQL RE_DUP_MAX)', () => {
    const are = regexToAre(compilePattern('a{600}b{2,700}c{300,}').ast);
    expect(are).not.toMatch(/\{(?:25[6-9]|2[6-9]\d|[3-9]\d\d|\d{4,})/);
    expect(are).toContain('{255}');
  });
});
