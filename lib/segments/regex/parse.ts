import { MAX_REPEAT_COUNT } from '../limits';
import { PatternError, type RegexNode } from './ast';
import { type CharSet, DIGIT, DOT, SPACE, WORD, complement, normalize, single, union } from './char-set';

// A recursive-descent parser for the pattern dialect of `matches`: the part of JavaScript's
// RegExp syntax (with the `u` flag) that every engine can honour with the same meaning and
// in linear time. Anything outside it is refused with a reason rather than guessed at.
// Accepted: literals; `.`; `^` `$` (whole value); classes `[a-z]` `[^…]`; escapes `\d \D \w
// \W \s \S \t \n \r \f \v \0 \xHH \uHHHH \u{H…}` and `\` before a syntax character; groups
// `(…)` `(?:…)`; alternation `|`; quantifiers `* + ? {n} {n,} {n,m}` (optionally lazy `?`,
// which cannot change whether a value matches). Refused: back-references, lookaround, named
// groups, `\b \B`, `\p{…}`, `\cX`, octal escapes, inline flags, and unescaped `{ } ]` or
// `[` inside a class (JavaScript's `u` mode or PostgreSQL read those differently).

const SYNTAX = new Set('^$\\.*+?()[]{}|/');
const HEX = /^[0-9A-Fa-f]+$/;

export function parsePattern(pattern: string): RegexNode {
  const chars = Array.from(pattern);
  let pos = 0;
  const peek = (offset = 0) => chars[pos + offset];
  const fail = (message: string, at = pos): never => {
    throw new PatternError(message, at);
  };

  function alternation(): RegexNode {
    const alternatives = [sequence()];
    while (peek() === '|') {
      pos++;
      alternatives.push(sequence());
    }
    return alternatives.length === 1 ? alternatives[0] : { type: 'alt', alternatives };
  }

  function sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (pos < chars.length && peek() !== '|' && peek() !== ')') items.push(term());
    if (items.length === 0) return { type: 'empty' };
    return items.length === 1 ? items[0] : { type: 'concat', items };
  }

  function term(): RegexNode {
    const c = peek();
    if (c === '^' || c === '$') {
      pos++;
      if (isQuantifierStart()) fail(`'${c}' marks the start or end of the value and can't be repeated.`);
      return { type: 'assert', kind: c === '^' ? 'start' : 'end' };
    }
    let node = atom();
    if (isQuantifierStart()) {
      const [min, max] = quantifier();
      node = { type: 'repeat', body: node, min, max };
      if (peek() === '?') pos++;
      if (isQuantifierStart()) fail('Two repetitions in a row (like a** or a{2}{3}) are not allowed.');
    }
    return node;
  }

  function isQuantifierStart(): boolean {
    const c = peek();
    return c === '*' || c === '+' || c === '?' || c === '{';
  }

  function quantifier(): [number, number] {
    const c = chars[pos++];
    if (c === '*') return [0, Infinity];
    if (c === '+') return [1, Infinity];
    if (c === '?') return [0, 1];
    const start = pos - 1;
    const min = digits();
    let max = min;
    if (peek() === ',') {
      pos++;
      max = peek() === '}' ? Infinity : digits();
    }
    if (min === undefined || max === undefined || peek() !== '}') {
      return fail("Write \\{ for a literal '{'; a count looks like {3}, {2,} or {2,5}.", start);
    }
    pos++;
    if (min > MAX_REPEAT_COUNT || (max !== Infinity && max > MAX_REPEAT_COUNT)) {
      fail(`Counts in {n,m} can be at most ${MAX_REPEAT_COUNT}.`, start);
    }
    if (max < min) fail(`In {${min},${max}} the first number must not be larger than the second.`, start);
    return [min, max];
  }

  function digits(): number | undefined {
    let text = '';
    while (pos < chars.length && /[0-9]/.test(peek())) text += chars[pos++];
    return text === '' ? undefined : Number(text);
  }

  function atom(): RegexNode {
    const c = peek();
    if (c === '(') return group();
    if (c === '[') return { type: 'set', set: charClass() };
    if (c === '.') {
      pos++;
      return { type: 'set', set: DOT };
    }
    if (c === '\\') return { type: 'set', set: escape(false).set };
    if (c === '*' || c === '+' || c === '?') fail(`'${c}' has nothing before it to repeat; write \\${c} for the character itself.`);
    if (c === '{' || c === '}' || c === ']') fail(`Write \\${c} for a literal '${c}'.`);
    pos++;
    return { type: 'set', set: single(c.codePointAt(0)!) };
  }

  function group(): RegexNode {
    const start = pos++;
    if (peek() === '?') {
      if (peek(1) === ':') pos += 2;
      else if (peek(1) === '=' || peek(1) === '!') fail('Lookahead groups (?=…) and (?!…) are not supported.', start);
      else if (peek(1) === '<' && (peek(2) === '=' || peek(2) === '!')) {
        fail('Lookbehind groups (?<=…) and (?<!…) are not supported.', start);
      } else if (peek(1) === '<') fail('Named groups (?<name>…) are not supported; use (…) instead.', start);
      else fail("Groups starting with '(?' other than (?:…) are not supported.", start);
    }
    const body = alternation();
    if (peek() !== ')') fail("A '(' is never closed.", start);
    pos++;
    return body;
  }

  /** An escape after `\`; `single` is the code point when it stands for exactly one. */
  function escape(inClass: boolean): { set: CharSet; single?: number } {
    const start = pos++;
    const c = chars[pos++];
    const one = (cp: number) => ({ set: single(cp), single: cp });
    switch (c) {
      case undefined:
        return fail('The pattern ends with a lone backslash.', start);
      case 'd': return { set: DIGIT };
      case 'D': return { set: complement(DIGIT) };
      case 'w': return { set: WORD };
      case 'W': return { set: complement(WORD) };
      case 's': return { set: SPACE };
      case 'S': return { set: complement(SPACE) };
      case 't': return one(0x09);
      case 'n': return one(0x0a);
      case 'v': return one(0x0b);
      case 'f': return one(0x0c);
      case 'r': return one(0x0d);
      case '0':
        if (/[0-9]/.test(peek() ?? '')) fail('Octal escapes are not supported; use \\xHH.', start);
        return one(0);
      case 'b':
      case 'B':
        return fail('Word boundaries (\\b, \\B) are not supported.', start);
      case 'k':
        return fail('Back-references (\\k<name>) are not supported.', start);
      case 'p':
      case 'P':
        return fail('Unicode property escapes (\\p{…}) are not supported.', start);
      case 'c':
        return fail('Control escapes (\\cX) are not supported; use \\xHH.', start);
      case 'x': {
        const hex = chars.slice(pos, pos + 2).join('');
        if (hex.length !== 2 || !HEX.test(hex)) fail('\\x must be followed by two hex digits.', start);
        pos += 2;
        return one(parseInt(hex, 16));
      }
      case 'u':
        return one(unicodeEscape(start));
      default:
        if (/[1-9]/.test(c)) return fail('Back-references (\\1, \\2, …) are not supported.', start);
        if (SYNTAX.has(c) || (inClass && c === '-')) return one(c.codePointAt(0)!);
        return fail(`Unknown escape \\${c}; write the character without the backslash.`, start);
    }
  }

  function unicodeEscape(start: number): number {
    if (peek() === '{') {
      const end = chars.indexOf('}', pos);
      const hex = end < 0 ? '' : chars.slice(pos + 1, end).join('');
      if (!HEX.test(hex) || parseInt(hex, 16) > 0x10ffff) fail('\\u{…} needs a hex code point up to 10FFFF.', start);
      pos = end + 1;
      return parseInt(hex, 16);
    }
    const read4 = () => {
      const hex = chars.slice(pos, pos + 4).join('');
      if (hex.length !== 4 || !HEX.test(hex)) fail('\\u must be followed by four hex digits or {…}.', start);
      pos += 4;
      return parseInt(hex, 16);
    };
    const unit = read4();
    // With the u flag, an escaped surrogate pair stands for one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && peek() === '\\' && peek(1) === 'u' && peek(2) !== '{') {
      const save = pos;
      pos += 2;
      const low = /^[0-9A-Fa-f]{4}$/.test(chars.slice(pos, pos + 4).join('')) ? read4() : -1;
      if (low >= 0xdc00 && low <= 0xdfff) return (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      pos = save;
    }
    return unit;
  }

  function charClass(): CharSet {
    const start = pos++;
    const negated = peek() === '^';
    if (negated) pos++;
    const ranges: Array<[number, number]> = [];
    const sets: CharSet[] = [];
    const classAtom = (): { set: CharSet; single?: number } => {
      const c = peek();
      if (c === undefined) return fail("A '[' is never closed.", start);
      if (c === '\\') return escape(true);
      if (c === '[') return fail("Write \\[ for a literal '[' inside brackets.");
      pos++;
      const cp = c.codePointAt(0)!;
      return { set: single(cp), single: cp };
    };
    while (peek() !== ']') {
      const at = pos;
      const left = classAtom();
      if (peek() === '-' && peek(1) !== ']' && peek(1) !== undefined) {
        pos++;
        const right = classAtom();
        if (left.single === undefined || right.single === undefined) {
          fail('A range like a-z cannot start or end with \\d, \\w or \\s.', at);
        }
        if (left.single! > right.single!) fail('A range is out of order (like z-a).', at);
        ranges.push([left.single!, right.single!]);
      } else {
        sets.push(left.set);
      }
    }
    pos++;
    const set = union(normalize(ranges), ...sets);
    return negated ? complement(set) : set;
  }

  const root = alternation();
  if (pos < chars.length) fail("A ')' has no matching '('.");
  return root;
}
