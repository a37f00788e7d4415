// Numeric command-line options of the scripts (seed, simulate).

/** A mistake on the command line: the script prints it with its usage, without a stack trace. */
export class UsageError extends Error {}

/** `--name` as a number (underscores allowed: 1_000_000), `fallback` when absent; UsageError unless `check` accepts it. */
export function numberOption(name: string, value: string | undefined, fallback: number, check: (n: number) => boolean, what: string): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isFinite(n) || !check(n)) throw new UsageError(`--${name} must be ${what}, got "${value}"`);
  return n;
}
