import { MAX_PATTERN_STATES } from '../limits';
import { PatternError, type RegexNode } from './ast';
import type { CharSet } from './char-set';

// Thompson construction: the pattern becomes a small automaton whose size is proportional
// to the pattern (counted repeats are expanded, hence the state cap), so matching can track
// every alternative at once instead of backtracking.
export const SET = 0;
export const SPLIT = 1;
export const ASSERT_START = 2;
export const ASSERT_END = 3;
export const MATCH = 4;

export type Nfa = {
  kind: number[];
  /** Next state (SET, ASSERT_*) or first branch (SPLIT). */
  out: number[];
  /** Second branch of a SPLIT. */
  out2: number[];
  sets: (CharSet | null)[];
  start: number;
};

export function compileNfa(root: RegexNode): Nfa {
  const nfa: Nfa = { kind: [], out: [], out2: [], sets: [], start: 0 };
  const add = (kind: number, out: number, out2 = -1, set: CharSet | null = null): number => {
    if (nfa.kind.length >= MAX_PATTERN_STATES) {
      throw new PatternError('This pattern is too complex; use smaller counts in {n,m}.');
    }
    nfa.kind.push(kind);
    nfa.out.push(out);
    nfa.out2.push(out2);
    nfa.sets.push(set);
    return nfa.kind.length - 1;
  };

  // Built back to front: each fragment is given the state it continues to.
  const build = (node: RegexNode, next: number): number => {
    switch (node.type) {
      case 'empty':
        return next;
      case 'set':
        return add(SET, next, -1, node.set);
      case 'assert':
        return add(node.kind === 'start' ? ASSERT_START : ASSERT_END, next);
      case 'concat': {
        let state = next;
        for (let i = node.items.length - 1; i >= 0; i--) state = build(node.items[i], state);
        return state;
      }
      case 'alt': {
        const starts = node.alternatives.map((alternative) => build(alternative, next));
        let state = starts[starts.length - 1];
        for (let i = starts.length - 2; i >= 0; i--) state = add(SPLIT, starts[i], state);
        return state;
      }
      case 'repeat': {
        let state = next;
        if (node.max === Infinity) {
          const loop = add(SPLIT, -1, next);
          nfa.out[loop] = build(node.body, loop);
          state = loop;
        } else {
          for (let k = node.min; k < node.max; k++) state = add(SPLIT, build(node.body, state), next);
        }
        for (let k = 0; k < node.min; k++) state = build(node.body, state);
        return state;
      }
    }
  };

  nfa.start = build(root, add(MATCH, -1));
  return nfa;
}
