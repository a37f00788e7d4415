import { createHash, randomBytes } from 'node:crypto';
import type { ApiRequest } from '@/lib/api/reply';

// Keys look like `as_live_<32 base62-ish chars>`; only a sha-256 is stored. A fast hash is
// right here: the key has 190+ bits of entropy, so there is nothing to brute-force.
export const API_KEY_PREFIX = 'as_live_';

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = API_KEY_PREFIX + randomBytes(24).toString('base64url');
  return { key, prefix: key.slice(0, API_KEY_PREFIX.length + 6), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** The API key a caller sent (Bearer, Segment's Basic user name, or x-api-key); null: none. */
export function bearerToken(req: Pick<ApiRequest, 'headers'>): string | null {
  const header = req.headers.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (match) return match[1];
    // Segment's libraries send the write key as the Basic-auth user name.
    const basic = /^Basic\s+(\S+)$/i.exec(header.trim());
    if (basic) return Buffer.from(basic[1], 'base64').toString('utf8').replace(/:.*$/, '') || null;
  }
  return req.headers.get('x-api-key');
}
