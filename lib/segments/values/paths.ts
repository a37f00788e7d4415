// Reading a dotted path out of stored JSON. Only own properties of plain objects are
// followed: `traits.constructor` must not find Object.prototype.constructor, and arrays are
// never indexed (`traits.tags.0` is missing), which keeps the SQL engines' JSON paths simple.
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readPath(root: unknown, segments: readonly string[]): unknown {
  let current: unknown = root;
  for (const segment of segments) {
    if (!isPlainObject(current) || !Object.hasOwn(current, segment)) return undefined;
    current = current[segment];
  }
  return current;
}
