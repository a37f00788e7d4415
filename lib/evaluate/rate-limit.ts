import 'server-only';
import { ApiError } from '@/lib/api/errors';
import type { Caller } from '@/lib/auth/caller';
import { TokenBuckets } from './core/token-bucket';

// Per API key, in this process's memory: EVALUATE_RATE_LIMIT requests per second sustained
// (default 1,000) with bursts up to EVALUATE_RATE_BURST (default twice the rate). Behind a
// load balancer each instance counts on its own. Signed-in users (the studio's own screens)
// are not limited here.
function fromEnv(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

const globalLimits = globalThis as unknown as { evaluateBuckets?: TokenBuckets };

function buckets(): TokenBuckets {
  if (!globalLimits.evaluateBuckets) {
    const rate = fromEnv('EVALUATE_RATE_LIMIT', 1000);
    globalLimits.evaluateBuckets = new TokenBuckets(rate, fromEnv('EVALUATE_RATE_BURST', rate * 2));
  }
  return globalLimits.evaluateBuckets;
}

/** Takes one request from the caller's bucket; 429 with Retry-After (whole seconds) when empty. */
export function takeRateLimit(caller: Caller): Record<string, string> {
  if (caller.kind !== 'apiKey') return {};
  const limits = buckets();
  const take = limits.take(caller.apiKeyId);
  if (take.ok) return { 'RateLimit-Limit': String(limits.burst), 'RateLimit-Remaining': String(take.remaining) };
  const seconds = Math.max(1, Math.ceil(take.retryAfterMs / 1000));
  throw new ApiError('rate_limited', `Too many evaluation requests for this API key (${limits.ratePerSecond}/s). Retry after ${seconds} s.`, undefined, {
    'Retry-After': String(seconds),
    'RateLimit-Limit': String(limits.burst),
    'RateLimit-Remaining': '0',
  });
}
