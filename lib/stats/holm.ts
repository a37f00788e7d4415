/**
 * Holm's step-down adjustment, as R's `p.adjust(p, "holm")`: sort ascending, multiply the i-th
 * smallest by (m − i + 1), carry the running maximum, cap at 1. Missing p-values (null) stay
 * null and do not count in m, as R drops NAs before counting.
 */
export function holmAdjust(pValues: readonly (number | null)[]): (number | null)[] {
  const present = pValues.flatMap((p, index) => (p === null ? [] : [{ p, index }]));
  for (const { p } of present) if (!(p >= 0 && p <= 1)) throw new RangeError(`p-value must be in [0, 1], got ${p}`);
  // Array.prototype.sort is stable, so ties keep their input order as R's order() does.
  const sorted = [...present].sort((x, y) => x.p - y.p);
  const m = sorted.length;
  const adjusted: (number | null)[] = pValues.map(() => null);
  let runningMax = 0;
  sorted.forEach(({ p, index }, i) => {
    runningMax = Math.max(runningMax, (m - i) * p);
    adjusted[index] = Math.min(1, runningMax);
  });
  return adjusted;
}
