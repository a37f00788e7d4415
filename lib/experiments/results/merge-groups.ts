import type { ArmSummary, GroupRow } from './types';

// Per-arm summaries from per-(arm, segment) groups, merged exactly: counts and sums add, and
// the sums of squared deviations combine with Chan, Golub and LeVeque's pairwise formula
//   M2 = M2a + M2b + δ²·na·nb/(na + nb),  δ = mean_b − mean_a,
// which needs no Σv² (that form loses every digit when the mean is large against the spread).

const EMPTY: ArmSummary = { users: 0, n: 0, total: 0, m2: 0 };

export function mergeSummaries(a: ArmSummary, b: ArmSummary): ArmSummary {
  const n = a.n + b.n;
  const users = a.users + b.users;
  if (a.n === 0 || b.n === 0) return { users, n, total: a.total + b.total, m2: a.m2 + b.m2 };
  const delta = b.total / b.n - a.total / a.n;
  return { users, n, total: a.total + b.total, m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n };
}

/** One summary per arm key (arms without rows get zeros), over the groups that pass `keep`. */
export function summariesByArm(groups: readonly GroupRow[], armKeys: readonly string[], keep: (g: GroupRow) => boolean = () => true): Map<string, ArmSummary> {
  const out = new Map<string, ArmSummary>(armKeys.map((k) => [k, EMPTY]));
  for (const g of groups) {
    if (!keep(g) || !out.has(g.arm)) continue;
    out.set(g.arm, mergeSummaries(out.get(g.arm)!, g));
  }
  return out;
}
