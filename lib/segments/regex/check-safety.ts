import type { RegexNode } from './ast';
import { type CharSet, intersects, union } from './char-set';

// A conservative static check, kept even though our own matcher runs in linear time: the
// same pattern may one day be handed to a backtracking engine (a database's REGEXP, a
// browser preview), where these shapes take exponential time. It rejects, inside anything
// repeated more than once (`*`, `+`, `{n,m}` with m > 1):
//   - another variable repetition — (a+)+, (ab*)*, (a?){2,9}  (a fixed {n} inside is fine);
//   - a body that can match nothing — ()*, (a|)+, (^)*;
//   - alternatives that can start with the same character — (a|ab)+, (\w|\d)*;
//     distinct first characters — (cat|dog)+ — make the choice deterministic.
// Back-references and lookaround never get this far: the parser refuses them.
// This check alone would NOT make V8's RegExp safe: `.*a.*b` passes it and takes ~50 s on
// 5,000 "a"s in V8. That is why evaluation uses regex/match.ts and never `new RegExp`.

export function nullable(node: RegexNode): boolean {
  switch (node.type) {
    case 'empty':
    case 'assert':
      return true;
    case 'set':
      return false;
    case 'concat':
      return node.items.every(nullable);
    case 'alt':
      return node.alternatives.some(nullable);
    case 'repeat':
      return node.min === 0 || nullable(node.body);
  }
}

export function firstChars(node: RegexNode): CharSet {
  switch (node.type) {
    case 'empty':
    case 'assert':
      return [];
    case 'set':
      return node.set;
    case 'concat': {
      const sets: CharSet[] = [];
      for (const item of node.items) {
        sets.push(firstChars(item));
        if (!nullable(item)) break;
      }
      return union(...sets);
    }
    case 'alt':
      return union(...node.alternatives.map(firstChars));
    case 'repeat':
      return node.max === 0 ? [] : firstChars(node.body);
  }
}

function children(node: RegexNode): RegexNode[] {
  if (node.type === 'concat') return node.items;
  if (node.type === 'alt') return node.alternatives;
  if (node.type === 'repeat') return [node.body];
  return [];
}

function some(node: RegexNode, predicate: (n: RegexNode) => boolean): boolean {
  return predicate(node) || children(node).some((child) => some(child, predicate));
}

function ambiguousAlternation(node: RegexNode): boolean {
  return some(node, (n) => {
    if (n.type !== 'alt') return false;
    if (n.alternatives.some(nullable)) return true;
    const firsts = n.alternatives.map(firstChars);
    for (let i = 0; i < firsts.length; i++) {
      for (let j = i + 1; j < firsts.length; j++) if (intersects(firsts[i], firsts[j])) return true;
    }
    return false;
  });
}

/** A marketer-readable reason the pattern is unsafe to repeat, or undefined. */
export function unsafeConstruct(node: RegexNode): string | undefined {
  if (node.type === 'repeat' && node.max > 1) {
    if (nullable(node.body)) {
      return 'A repeated part can also match nothing, like ()* or (a|)+; make it match at least one character.';
    }
    if (some(node.body, (n) => n.type === 'repeat' && n.min !== n.max)) {
      return 'Repetition inside repetition, like (a+)+ or (ab*)*, can take forever to check; remove one of them.';
    }
    if (ambiguousAlternation(node.body)) {
      return 'Repeated alternatives that can start with the same character, like (a|ab)+, can take forever to check; make each alternative start differently.';
    }
  }
  for (const child of children(node)) {
    const problem = unsafeConstruct(child);
    if (problem) return problem;
  }
  return undefined;
}
