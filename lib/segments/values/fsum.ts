// Order-independent floating-point sum: the correctly rounded value of the exact sum
// (Shewchuk's algorithm, as in Python's math.fsum). A naive loop gives different last bits
// depending on event order, and the SQL and in-memory engines cannot promise an order, so
// `sum`/`avg` compared with `eq` would disagree between engines. If an intermediate partial
// overflows (|sum| near 1.8e308) the naive sum is returned instead (±Infinity or NaN).
export function fsum(values: readonly number[]): number {
  const partials: number[] = [];
  for (let x of values) {
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n];
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Round half-even correctly when the remaining partials push the result past a tie.
  if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  if (!Number.isFinite(hi)) return values.reduce((a, b) => a + b, 0);
  return hi;
}
