import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-bucket';

describe('TokenBuckets', () => {
  it('allows a burst, then refuses with the time until the next token, then refills at the rate', () => {
    let now = 0;
    const buckets = new TokenBuckets(10, 3, () => now);
    expect([1, 2, 3].map(() => buckets.take('k').ok)).toEqual([true, true, true]);
    expect(buckets.take('k')).toEqual({ ok: false, retryAfterMs: 100 });
    now = 50;
    expect(buckets.take('k')).toEqual({ ok: false, retryAfterMs: 50 });
    now = 100;
    expect(buckets.take('k')).toEqual({ ok: true, remaining: 0 });
    now = 10_000;
    expect(buckets.take('k')).toEqual({ ok: true, remaining: 2 });
  });

  it('keeps one bucket per key', () => {
    const buckets = new TokenBuckets(1, 1, () => 0);
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
    expect(buckets.take('b').ok).toBe(true);
  });

  it('refuses a rate or burst that cannot work', () => {
    expect(() => new TokenBuckets(0, 1)).toThrow(RangeError);
    expect(() => new TokenBuckets(1, 0)).toThrow(RangeError);
  });
});
