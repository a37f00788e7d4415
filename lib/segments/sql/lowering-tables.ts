// What JavaScript's String.prototype.toLowerCase() does, tabulated from the running engine
// itself, so a database that cannot call JavaScript can still decide "does toLowerCase(v)
// contain n" without lower-casing v (see lower-pattern.ts). Built once per process, lazily:
// about 0.4 s for the mapping and 0.5 s for the sigma context sets.
//
// The construction relies on three facts of Unicode's default (root-locale) lower-casing,
// each CHECKED here against the engine rather than assumed:
//   1. every code point lower-cases to exactly one code point, except U+0130 (İ → i + U+0307);
//   2. the only context-dependent mapping is Final_Sigma: Σ (U+03A3) becomes ς at the end of a
//      word, σ elsewhere;
//   3. lower-casing a string is lower-casing each code point (bar Σ).
// If a future ICU breaks 1 the builder throws, so PostgreSQL previews fail loudly instead of
// counting wrongly; 2 and 3 are what ICU documents and the unit tests probe on random text.

export const CAPITAL_SIGMA = 0x3a3;
export const SMALL_SIGMA = 0x3c3;
export const FINAL_SIGMA = 0x3c2;

export type Ranges = number[];

export type LoweringTables = {
  /** lower-case code point → every code point (other than Σ) whose lower-case form is it. */
  preimages: Map<number, number[]>;
  /** Code points lower-casing to two code points: only İ → [i, U+0307]. */
  expanding: Map<number, [number, number]>;
};

let tables: LoweringTables | undefined;

export function loweringTables(): LoweringTables {
  if (tables) return tables;
  const preimages = new Map<number, number[]>();
  const expanding = new Map<number, [number, number]>();
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (cp === CAPITAL_SIGMA) continue;
    const lower = Array.from(String.fromCodePoint(cp).toLowerCase(), (c) => c.codePointAt(0)!);
    if (lower.length === 1) {
      const list = preimages.get(lower[0]);
      if (list) list.push(cp);
      else preimages.set(lower[0], [cp]);
    } else if (lower.length === 2) {
      expanding.set(cp, [lower[0], lower[1]]);
    } else {
      throw new Error(`U+${cp.toString(16)} lower-cases to ${lower.length} code points; the PostgreSQL text matcher does not handle that.`);
    }
  }
  const ok = expanding.size === 1 && expanding.get(0x130)?.join() === '105,775';
  if (!ok) throw new Error('This JavaScript engine lower-cases differently than the PostgreSQL text matcher assumes (only İ expands).');
  tables = { preimages, expanding };
  return tables;
}

export type SigmaContext = {
  /** Cased letters that are not case-ignorable: what ends (or starts) a word for Final_Sigma. */
  cased: Ranges;
  /** Case-ignorable code points, skipped when looking for that letter. */
  ignorable: Ranges;
};

let sigma: SigmaContext | undefined;

// ICU (which V8 uses for toLowerCase) looks past case-ignorable characters first: U+0345 is
// both cased and ignorable and is skipped ("\u0345Σ" → "\u0345σ"), so `cased` excludes the
// ignorable ones rather than following the Unicode standard's regular expression literally.
export function sigmaContext(): SigmaContext {
  if (sigma) return sigma;
  const casedRe = /\p{Cased}/u;
  const ignorableRe = /\p{Case_Ignorable}/u;
  const cased: Ranges = [];
  const ignorable: Ranges = [];
  const add = (ranges: Ranges, cp: number) => {
    if (ranges.length > 0 && ranges[ranges.length - 1] === cp - 1) ranges[ranges.length - 1] = cp;
    else ranges.push(cp, cp);
  };
  for (let cp = 1; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const s = String.fromCodePoint(cp);
    if (ignorableRe.test(s)) add(ignorable, cp);
    else if (casedRe.test(s)) add(cased, cp);
  }
  sigma = { cased, ignorable };
  return sigma;
}
