import { CAPITAL_SIGMA, FINAL_SIGMA, type Ranges, SMALL_SIGMA, loweringTables, sigmaContext } from './lowering-tables';

// "toLowerCase(v) contains / starts with / ends with n" as a regular expression over v
// itself, for databases whose lower() is not JavaScript's (PostgreSQL's depends on the
// collation: under C.UTF-8 it maps Σ to σ everywhere and İ to i). Each character c of the
// (already lower-cased) needle becomes the class of every code point whose lower-case form is
// c, taken from the running engine (lowering-tables.ts); the two exceptions are spelled out:
//   - İ lower-cases to "i" + U+0307, so it stands for that pair, and at the open end of a
//     needle for just its first half (contains, starts_with) or its second (contains, ends_with);
//   - Σ lower-cases to ς when a cased letter precedes it and none follows (skipping
//     case-ignorable characters, as ICU does), else to σ: lookbehind/lookahead on v.
// The result is data (bound as a parameter), never SQL. Rendered for PostgreSQL (ARE) and
// for JavaScript (the unit tests check the construction against toLowerCase on random text).

export type LowerKind = 'contains' | 'starts_with' | 'ends_with';

export type PatternPart =
  | { t: 'set'; ranges: Ranges }
  | { t: 'alt'; options: PatternPart[][] }
  | { t: 'look'; ahead: boolean; negate: boolean; body: PatternPart[] }
  | { t: 'star'; body: PatternPart }
  | { t: 'anchor'; start: boolean };

const set = (cps: readonly number[]): PatternPart => ({ t: 'set', ranges: toRanges(cps) });

export function toRanges(cps: readonly number[]): Ranges {
  const sorted = [...new Set(cps)].sort((a, b) => a - b);
  const out: Ranges = [];
  for (const cp of sorted) {
    if (out.length > 0 && out[out.length - 1] === cp - 1) out[out.length - 1] = cp;
    else out.push(cp, cp);
  }
  return out;
}

/** true: every string matches; false: none can; else the parts of the pattern. */
export function lowerMatchPattern(kind: LowerKind, needle: string): PatternPart[] | boolean {
  const n = Array.from(needle, (c) => c.codePointAt(0)!);
  if (n.length === 0) return true;
  const { preimages, expanding } = loweringTables();
  const pre = (cp: number) => preimages.get(cp) ?? [];
  const parts: PatternPart[] = [];
  if (kind === 'starts_with') parts.push({ t: 'anchor', start: true });
  let j = 0;
  const [[dotted, [head, tail]]] = [...expanding];
  // A match may begin inside İ's expansion: its U+0307 is the needle's first character.
  if (kind !== 'starts_with' && n[0] === tail) {
    parts.push({ t: 'alt', options: [[set(pre(tail))], [set([dotted])]] });
    j = 1;
  }
  for (; j < n.length; j++) {
    const c = n[j];
    if (c === head && n[j + 1] === tail) {
      parts.push({ t: 'alt', options: [[set(pre(head)), set(pre(tail))], [set([dotted])]] });
      j++;
    } else if (c === head && j === n.length - 1 && kind !== 'ends_with') {
      // …or end inside it: the needle's last "i" is İ's first half.
      parts.push({ t: 'alt', options: [[set(pre(head))], [set([dotted])]] });
    } else if (c === SMALL_SIGMA || c === FINAL_SIGMA) {
      parts.push(sigmaPart(c, pre(c)));
    } else {
      const cps = pre(c);
      if (cps.length === 0) return false;
      parts.push(set(cps));
    }
  }
  if (kind === 'ends_with') parts.push({ t: 'anchor', start: false });
  return parts;
}

function sigmaPart(c: number, others: number[]): PatternPart {
  const { cased, ignorable } = sigmaContext();
  const casedSet: PatternPart = { t: 'set', ranges: cased };
  const skip: PatternPart = { t: 'star', body: { t: 'set', ranges: ignorable } };
  const sigmaSet = set([CAPITAL_SIGMA]);
  const preceded = (negate: boolean): PatternPart => ({ t: 'look', ahead: false, negate, body: [casedSet, skip] });
  const followed = (negate: boolean): PatternPart => ({ t: 'look', ahead: true, negate, body: [skip, casedSet] });
  const options: PatternPart[][] = others.length > 0 ? [[set(others)]] : [];
  if (c === FINAL_SIGMA) options.push([preceded(false), sigmaSet, followed(true)]);
  else options.push([preceded(true), sigmaSet], [sigmaSet, followed(false)]);
  return { t: 'alt', options };
}

const STORABLE: Array<[number, number]> = [
  [1, 0xd7ff],
  [0xe000, 0x10ffff],
];

/** Code points PostgreSQL text can never hold (NUL, surrogates); dropped from classes. */
function storable(ranges: readonly number[]): Ranges {
  const out: Ranges = [];
  for (let i = 0; i < ranges.length; i += 2) {
    for (const [a, b] of STORABLE) {
      const lo = Math.max(ranges[i], a);
      const hi = Math.min(ranges[i + 1], b);
      if (lo <= hi) out.push(lo, hi);
    }
  }
  return out;
}

export type Flavor = 'are' | 'js';

const escape = (cp: number, flavor: Flavor) =>
  flavor === 'js'
    ? `\\u{${cp.toString(16)}}`
    : cp <= 0xffff
      ? `\\u${cp.toString(16).padStart(4, '0')}`
      : `\\U${cp.toString(16).padStart(8, '0')}`;

/** A character class of explicit code points: no locale, no class names, no case folding. */
export function renderClass(ranges: readonly number[], flavor: Flavor): string {
  const kept = storable(ranges);
  // Nothing storable: a class no character belongs to (every storable one is excluded).
  if (kept.length === 0) return `[^${escape(1, flavor)}-${escape(0x10ffff, flavor)}]`;
  let body = '';
  for (let i = 0; i < kept.length; i += 2) {
    body += kept[i] === kept[i + 1] ? escape(kept[i], flavor) : `${escape(kept[i], flavor)}-${escape(kept[i + 1], flavor)}`;
  }
  return `[${body}]`;
}

export function renderPattern(parts: readonly PatternPart[], flavor: Flavor): string {
  return parts.map((p) => renderPart(p, flavor)).join('');
}

function renderPart(part: PatternPart, flavor: Flavor): string {
  switch (part.t) {
    case 'set':
      return renderClass(part.ranges, flavor);
    case 'alt':
      return `(?:${part.options.map((o) => renderPattern(o, flavor)).join('|')})`;
    case 'look':
      return `(?${part.ahead ? '' : '<'}${part.negate ? '!' : '='}${renderPattern(part.body, flavor)})`;
    case 'star':
      return `${renderPart(part.body, flavor)}*`;
    case 'anchor':
      return part.start ? '^' : '$';
  }
}
