import type { RegexNode } from '@/lib/segments';
import { type Flavor, renderClass } from './lower-pattern';

// The core's `matches` pattern, re-emitted for PostgreSQL from its parsed form (never from
// the source text, whose escapes mean other things there: `\b` is a backspace, `\w` and `\d`
// follow the locale, `.` matches a newline). Every atom is a class of explicit code points;
// `^`/`$` are the whole value's ends in an ARE without flags, as in JavaScript without `m`.
// PostgreSQL caps a counted repeat at 255 (RE_DUP_MAX) where the core allows 1,000, so
// larger counts are split: x{600} = (?:x{255}){2}x{90}, and x{0,600} = (?:x{0,255}){2}x{0,90}
// (any total from 0 to 600). Only "is there a match" is asked, so grouping cannot change it.

const DUP_MAX = 255;

export function regexToAre(node: RegexNode, flavor: Flavor = 'are'): string {
  switch (node.type) {
    case 'empty':
      return '(?:)';
    case 'set':
      return renderClass(node.set, flavor);
    case 'assert':
      return node.kind === 'start' ? '^' : '$';
    case 'concat':
      return node.items.map((item) => regexToAre(item, flavor)).join('');
    case 'alt':
      return `(?:${node.alternatives.map((a) => regexToAre(a, flavor)).join('|')})`;
    case 'repeat': {
      const body = node.body.type === 'set' ? regexToAre(node.body, flavor) : `(?:${regexToAre(node.body, flavor)})`;
      return repeat(body, node.min, node.max);
    }
  }
}

function repeat(atom: string, min: number, max: number): string {
  if (max === Infinity) {
    if (min === 0) return `${atom}*`;
    if (min === 1) return `${atom}+`;
    return `${exactly(atom, min)}${atom}*`;
  }
  if (max <= DUP_MAX) return min === max ? (min === 1 ? atom : `${atom}{${min}}`) : `${atom}{${min},${max}}`;
  return `${exactly(atom, min)}${upTo(atom, max - min)}`;
}

function exactly(atom: string, n: number): string {
  if (n === 0) return '';
  if (n <= DUP_MAX) return n === 1 ? atom : `${atom}{${n}}`;
  const q = Math.floor(n / DUP_MAX);
  const r = n % DUP_MAX;
  return `(?:${atom}{${DUP_MAX}})${q > 1 ? `{${q}}` : ''}${exactly(atom, r)}`;
}

function upTo(atom: string, k: number): string {
  if (k === 0) return '';
  if (k <= DUP_MAX) return `${atom}{0,${k}}`;
  const q = Math.floor(k / DUP_MAX);
  const r = k % DUP_MAX;
  return `(?:${atom}{0,${DUP_MAX}})${q > 1 ? `{${q}}` : ''}${upTo(atom, r)}`;
}
