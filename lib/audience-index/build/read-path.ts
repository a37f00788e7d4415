import { isPlainObject } from './json-columns';

// The evaluator's readPath (lib/segments/values/paths.ts), which the core does not export:
// own keys of plain objects only, arrays never indexed. Used on event properties kept in
// memory and on overlay-free reconstruction; kept identical on purpose.
export function readPathOf(root: unknown, segments: readonly string[]): unknown {
  let current: unknown = root;
  for (const segment of segments) {
    if (!isPlainObject(current) || !Object.hasOwn(current, segment)) return undefined;
    current = current[segment];
  }
  return current;
}
