import type { CharSet } from './char-set';

// The parsed form of a `matches` pattern. Groups leave no trace (nothing is captured), and
// every atom is a CharSet, so an engine that cannot run our matcher can re-emit the pattern
// in its own dialect from this tree instead of trusting the source text to mean the same.
export type RegexNode =
  | { type: 'empty' }
  | { type: 'set'; set: CharSet }
  | { type: 'assert'; kind: 'start' | 'end' }
  | { type: 'concat'; items: RegexNode[] }
  | { type: 'alt'; alternatives: RegexNode[] }
  /** `max` is Infinity for `*`, `+` and `{n,}`. */
  | { type: 'repeat'; body: RegexNode; min: number; max: number };

export class PatternError extends Error {
  constructor(
    message: string,
    /** 0-based index into the pattern's code points, when the problem has a place. */
    readonly position?: number,
  ) {
    super(message);
    this.name = 'PatternError';
  }
}
