import { has } from './char-set';
import { ASSERT_END, ASSERT_START, MATCH, type Nfa, SET, SPLIT } from './compile-nfa';

// Unanchored search by simulating the automaton on all threads at once, with the sets of
// states cached as DFA states as they are discovered (a "lazy DFA", as in RE2). Time is
// linear in the value's length whatever the pattern; the cache makes the common case one
// array lookup per character. Only "is there a match?" is answered, which is why greedy and
// lazy quantifiers, and which alternative wins, do not matter.

type DState = {
  sets: number[];
  /** `$` assertions waiting for the end of the value. */
  ends: number[];
  match: boolean;
  ascii: (DState | undefined)[];
  other: Map<number, DState>;
  acceptsAtEnd?: boolean;
};

const MAX_CACHED_STATES = 2000;

export class PatternMatcher {
  private readonly marks: Int32Array;
  private generation = 0;
  private cache = new Map<string, DState>();
  private initial: DState;
  private readonly emptyMatches: boolean;

  constructor(private readonly nfa: Nfa) {
    this.marks = new Int32Array(nfa.kind.length);
    this.initial = this.closure([nfa.start], true, false);
    this.emptyMatches = this.closure([nfa.start], true, true).match;
  }

  test(value: string): boolean {
    if (value.length === 0) return this.emptyMatches;
    let state = this.initial;
    if (state.match) return true;
    for (let i = 0; i < value.length; ) {
      let cp = value.charCodeAt(i++);
      if (cp >= 0xd800 && cp <= 0xdbff && i < value.length) {
        const low = value.charCodeAt(i);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      let next = cp < 128 ? state.ascii[cp] : state.other.get(cp);
      if (next === undefined) {
        next = this.step(state, cp);
        if (cp < 128) state.ascii[cp] = next;
        else state.other.set(cp, next);
      }
      state = next;
      if (state.match) return true;
    }
    if (state.acceptsAtEnd === undefined) {
      state.acceptsAtEnd = this.closure(state.ends.map((s) => this.nfa.out[s]), false, true).match;
    }
    return state.acceptsAtEnd;
  }

  private step(state: DState, cp: number): DState {
    const { out, sets } = this.nfa;
    // Unanchored: a new attempt starts at every position.
    const kernel = [this.nfa.start];
    for (const s of state.sets) if (has(sets[s]!, cp)) kernel.push(out[s]);
    const candidate = this.closure(kernel, false, false);
    const key = `${candidate.sets.join(',')}/${candidate.ends.join(',')}${candidate.match ? 'M' : ''}`;
    const known = this.cache.get(key);
    if (known) return known;
    if (this.cache.size >= MAX_CACHED_STATES) {
      // Bound memory on adversarial input: forget everything and rediscover.
      this.cache = new Map();
      this.initial = this.closure([this.nfa.start], true, false);
    }
    this.cache.set(key, candidate);
    return candidate;
  }

  private closure(kernel: number[], atStart: boolean, atEnd: boolean): DState {
    const { kind, out, out2 } = this.nfa;
    // Marks are an Int32Array: restart the generations before they would wrap around.
    if (this.generation >= 0x7fffffff) {
      this.marks.fill(0);
      this.generation = 0;
    }
    const generation = ++this.generation;
    const stack = [...kernel];
    const result: DState = { sets: [], ends: [], match: false, ascii: [], other: new Map() };
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (this.marks[s] === generation) continue;
      this.marks[s] = generation;
      switch (kind[s]) {
        case SET:
          result.sets.push(s);
          break;
        case SPLIT:
          stack.push(out2[s], out[s]);
          break;
        case ASSERT_START:
          if (atStart) stack.push(out[s]);
          break;
        case ASSERT_END:
          if (atEnd) stack.push(out[s]);
          else result.ends.push(s);
          break;
        case MATCH:
          result.match = true;
          break;
      }
    }
    result.sets.sort((a, b) => a - b);
    result.ends.sort((a, b) => a - b);
    return result;
  }
}
