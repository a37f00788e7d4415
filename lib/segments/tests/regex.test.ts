import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern, patternProblem } from '../regex';
import { compileNfa } from '../regex/compile-nfa';
import { PatternMatcher } from '../regex/match';
import { parsePattern } from '../regex/parse';

/** Our matcher without the safety check, to compare any pattern with V8. */
const rawMatcher = (pattern: string) => new PatternMatcher(compileNfa(parsePattern(pattern)));

const matchCases: [pattern: string, value: string, expected: boolean][] = [
  ['abc', 'xabcx', true],
  ['^abc$', 'abc', true],
  ['^abc$', 'abcd', false],
  ['a|^b', 'cb', false],
  ['a|^b', 'bc', true],
  ['$^', '', true],
  ['^$', 'x', false],
  ['a$|b', 'ab', true],
  ['x*', '', true],
  ['[]', 'abc', false],
  ['[^]', '\n', true],
  ['\\d{3}', 'ab12c345', true],
  ['\\d{3}', 'ab12c34', false],
  ['a{2,3}b', 'aab', true],
  ['a{2,}b', 'ab', false],
  ['\\w+@\\w+', 'me@host', true],
  ['\\W', 'é', true],
  ['\\S', ' \t\u00a0\ufeff', false],
  ['[a-c-e]', '-', true],
  ['[\\-x]', '-', true],
  ['\\u{1F600}', 'hi 😀', true],
  ['\\uD83D\\uDE00', '😀', true],
  ['^.$', '😀', true],
  ['\\x41', 'A', true],
  ['\\.', 'a.b', true],
  ['\\.', 'ab', false],
  ['(?:ab)+c', 'ababc', true],
  ['colou?r', 'color', true],
  ['a.*?b', 'a---b', true],
];

describe('matches: table', () => {
  it.each(matchCases)('/%s/ on %j → %s', (pattern, value, expected) => {
    expect(compilePattern(pattern).test(value)).toBe(expected);
    expect(new RegExp(pattern, 'u').test(value)).toBe(expected);
  });
});

const refused: [pattern: string, reason: string][] = [
  ['(a+)+', 'Repetition inside repetition'],
  ['(a*b)*', 'Repetition inside repetition'],
  ['(ab?)+', 'Repetition inside repetition'],
  ['(a|ab)*', 'start with the same character'],
  ['(\\w|\\d)+', 'start with the same character'],
  ['(a|)*', 'match nothing'],
  ['()+', 'match nothing'],
  ['(a)\\1', 'Back-references'],
  ['(?<n>a)\\k<n>', 'Named groups'],
  ['a(?!b)', 'Lookahead'],
  ['(?i)a', "Groups starting with '(?'"],
  ['\\bword', 'Word boundaries'],
  ['\\p{L}', 'Unicode property escapes'],
  ['\\cA', 'Control escapes'],
  ['\\01', 'Octal'],
  ['\\q', 'Unknown escape'],
  ['a{1001}', 'at most 1000'],
  ['a{3,2}', 'must not be larger'],
  ['a{', "literal '{'"],
  ['a}', "literal '}'"],
  [']', "literal ']'"],
  ['[[]', "literal '['"],
  ['*a', 'nothing before it'],
  ['^*', "can't be repeated"],
  ['a**', 'Two repetitions'],
  ['a)', "no matching '('"],
  ['[a', 'never closed'],
  ['[\\d-z]', 'cannot start or end'],
  ['[z-a]', 'out of order'],
  ['\\', 'lone backslash'],
  ['(a{100}){100}', 'too complex'],
];

describe('matches: refused patterns', () => {
  it.each(refused)('%s', (pattern, reason) => {
    expect(patternProblem(pattern)).toContain(reason);
  });
  it.each(['(cat|dog)+', '(a{3})+', '(?:https?://)?x', '^[a-z]+(\\.[a-z]{2,3})?$', 'x{0,1000}'])('accepts %s', (p) => {
    expect(patternProblem(p)).toBeUndefined();
  });
});

describe('matches: linear time', () => {
  it.each(['.*a.*b', 'a*a*a*b', '\\d+\\d+x', '(a|b)*c$', '.*x.*y.*z'])('%s on 200,000 characters', (pattern) => {
    const value = 'a'.repeat(100_000) + '1'.repeat(100_000);
    const start = performance.now();
    compilePattern(pattern).test(value);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

// Random patterns over a small alphabet, compared with V8 on short values (where V8's
// backtracking is harmless). Our dialect is a subset: whatever we accept, V8 accepts and
// means the same by.
const atom = fc.constantFrom('a', 'b', '.', '\\d', '[ab]', '[^a]', '[a-c]', '\\s', '\\W', '1', '😀', '\\n');
const pattern = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.constantFrom('^', '$'),
    fc.tuple(tie('node'), tie('node')).map(([a, b]) => a + b),
    fc.tuple(tie('node'), tie('node')).map(([a, b]) => `(?:${a}|${b})`),
    fc
      .tuple(tie('node'), fc.constantFrom('*', '+', '?', '{2}', '{0,2}', '{1,}', '*?', '+?'))
      .map(([a, q]) => (a === '^' || a === '$' ? a : `(?:${a})${q}`)),
  ),
})).node;
const value = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '1', ' ', '\n', '😀'), maxLength: 8 });

describe('matches: agrees with V8 on random patterns', () => {
  it('for generated patterns', () => {
    fc.assert(
      fc.property(pattern, fc.array(value, { minLength: 1, maxLength: 5 }), (p, values) => {
        const ours = rawMatcher(p);
        const v8 = new RegExp(p, 'u');
        return values.every((v) => ours.test(v) === v8.test(v));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('for arbitrary text that our parser accepts', () => {
    const chars = fc.constantFrom(...'ab()[]{}|*+?.^$\\-dws0x1,:'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 10 }), fc.array(value, { maxLength: 4 }), (p, values) => {
        let ours: PatternMatcher;
        try {
          ours = rawMatcher(p);
        } catch {
          return true;
        }
        const v8 = new RegExp(p, 'u'); // must not throw: our dialect is a subset
        return values.every((v) => ours.test(v) === v8.test(v));
      }),
      { numRuns: 3000 },
    );
  }, 60_000);
});
