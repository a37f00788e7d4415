import { MAX_PATTERN_LENGTH } from '../limits';
import { PatternError, type RegexNode } from './ast';
import { unsafeConstruct } from './check-safety';
import { compileNfa } from './compile-nfa';
import { PatternMatcher } from './match';
import { parsePattern } from './parse';

export { PatternError, type RegexNode } from './ast';
export { parsePattern } from './parse';

export type CompiledPattern = {
  /** Unanchored, case-sensitive search over code points. */
  test(value: string): boolean;
  /** The parsed pattern, for engines that translate it to their own dialect. */
  ast: RegexNode;
};

const cache = new Map<string, CompiledPattern>();
const MAX_CACHED_PATTERNS = 500;

/** Throws PatternError with a reason when the pattern is too long, unsupported or unsafe. */
export function compilePattern(pattern: string): CompiledPattern {
  const cached = cache.get(pattern);
  if (cached) return cached;
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new PatternError(`A pattern can be at most ${MAX_PATTERN_LENGTH} characters long.`);
  }
  const ast = parsePattern(pattern);
  const problem = unsafeConstruct(ast);
  if (problem) throw new PatternError(problem);
  const matcher = new PatternMatcher(compileNfa(ast));
  const compiled: CompiledPattern = { test: (value) => matcher.test(value), ast };
  if (cache.size >= MAX_CACHED_PATTERNS) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}

/** The reason a pattern is refused, or undefined when it can be used. */
export function patternProblem(pattern: string): string | undefined {
  try {
    compilePattern(pattern);
    return undefined;
  } catch (error) {
    if (error instanceof PatternError) return error.message;
    throw error;
  }
}
