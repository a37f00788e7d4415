// A set of Unicode code points as sorted, disjoint, non-adjacent inclusive ranges
// [lo0, hi0, lo1, hi1, …]. Every atom of a pattern (a literal, `.`, `\d`, a class) becomes
// one of these, so matching and translation to another regex dialect need no special cases.
export type CharSet = readonly number[];

export const MAX_CODE_POINT = 0x10ffff;

export function normalize(ranges: Array<[number, number]>): CharSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of sorted) {
    const last = out.length - 1;
    if (last > 0 && lo <= out[last] + 1) out[last] = Math.max(out[last], hi);
    else out.push(lo, hi);
  }
  return out;
}

export function single(cp: number): CharSet {
  return [cp, cp];
}

export function union(...sets: CharSet[]): CharSet {
  const ranges: Array<[number, number]> = [];
  for (const set of sets) for (let i = 0; i < set.length; i += 2) ranges.push([set[i], set[i + 1]]);
  return normalize(ranges);
}

export function complement(set: CharSet): CharSet {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < set.length; i += 2) {
    if (set[i] > next) out.push(next, set[i] - 1);
    next = set[i + 1] + 1;
  }
  if (next <= MAX_CODE_POINT) out.push(next, MAX_CODE_POINT);
  return out;
}

export function intersects(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i + 1] < b[j]) i += 2;
    else if (b[j + 1] < a[i]) j += 2;
    else return true;
  }
  return false;
}

export function has(set: CharSet, cp: number): boolean {
  let lo = 0;
  let hi = set.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < set[mid * 2]) hi = mid - 1;
    else if (cp > set[mid * 2 + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

const cp = (s: string) => s.codePointAt(0)!;

// The JavaScript meanings (RegExp with the `u` flag, no `i`, no `s`), spelled out so that
// a SQL dialect can emit them as explicit ranges rather than trust its own `\d` or `\s`.
export const DIGIT: CharSet = [cp('0'), cp('9')];
export const WORD: CharSet = normalize([
  [cp('0'), cp('9')],
  [cp('A'), cp('Z')],
  [cp('_'), cp('_')],
  [cp('a'), cp('z')],
]);
export const SPACE: CharSet = normalize([
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
export const LINE_TERMINATORS: CharSet = normalize([
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
]);
/** `.` without the `s` flag: anything but a line terminator. */
export const DOT: CharSet = complement(LINE_TERMINATORS);
