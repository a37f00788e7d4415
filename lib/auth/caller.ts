import 'server-only';
import { cookies } from 'next/headers';
import { findApiKeyByHash, touchApiKey } from '@/lib/db/queries/api-keys/find-api-key-by-hash';
import { findMemberships } from '@/lib/db/queries/memberships/find-memberships';
import { ApiError } from '@/lib/api/errors';
import type { ApiRequest } from '@/lib/api/reply';
import { auth } from './auth';
import { bearerToken, hashApiKey } from './api-keys';
import { isRole, parseScopes, roleAllows, scopesAllow, type Permission, type Role, type Scope } from './roles';

export const WORKSPACE_COOKIE = 'studio-workspace';

/** Who is calling, for which workspace, and what they may do. */
export type Caller =
  | { kind: 'user'; userId: string; workspaceId: string; role: Role }
  | { kind: 'apiKey'; apiKeyId: string; workspaceId: string; scopes: Scope[] };

export function callerAllows(caller: Caller, permission: Permission): boolean {
  return caller.kind === 'user' ? roleAllows(caller.role, permission) : scopesAllow(caller.scopes, permission);
}

// Keys are looked up on every ingest/evaluate call; a short cache keeps that off the
// database. Revocation in this process clears it at once (forgetApiKey); other instances
// behind a load balancer see it within KEY_CACHE_MS.
const KEY_CACHE_MS = 30_000;
const TOUCH_EVERY_MS = 60_000;
type CachedKey = { id: string; workspaceId: string; scopes: Scope[]; revoked: boolean; at: number; touchedAt: number };
// On globalThis: Next bundles this module more than once (routes, and instrumentation's
// lean evaluation lane, lib/server/fast-lane.ts), and a revocation must reach every copy.
const globalKeys = globalThis as unknown as { apiKeyCache?: Map<string, CachedKey | null>; apiKeyCacheAt?: Map<string, number> };
const keyCache = (globalKeys.apiKeyCache ??= new Map());
const keyCacheAt = (globalKeys.apiKeyCacheAt ??= new Map());

export function forgetApiKey(hash?: string) {
  if (hash) {
    keyCache.delete(hash);
    keyCacheAt.delete(hash);
  } else {
    keyCache.clear();
    keyCacheAt.clear();
  }
}

async function apiKeyCaller(token: string): Promise<Caller> {
  const hash = hashApiKey(token);
  const now = Date.now();
  let entry = keyCache.get(hash);
  if (entry === undefined || now - (keyCacheAt.get(hash) ?? 0) > KEY_CACHE_MS) {
    const row = await findApiKeyByHash(hash);
    entry = row
      ? { id: row.id, workspaceId: row.workspaceId, scopes: parseScopes(row.scopes), revoked: !!row.revokedAt, at: now, touchedAt: row.lastUsedAt?.getTime() ?? 0 }
      : null;
    keyCache.set(hash, entry);
    keyCacheAt.set(hash, now);
  }
  if (!entry || entry.revoked) throw new ApiError('unauthorized', 'The API key is not valid or has been revoked.');
  if (now - entry.touchedAt > TOUCH_EVERY_MS) {
    entry.touchedAt = now;
    touchApiKey(entry.id, new Date(now)).catch(() => {});
  }
  return { kind: 'apiKey', apiKeyId: entry.id, workspaceId: entry.workspaceId, scopes: entry.scopes };
}

/** The signed-in user's current workspace: the cookie's choice if still a member, else the first. */
export async function sessionCaller(): Promise<Caller | null> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const memberships = await findMemberships(userId);
  if (memberships.length === 0) return null;
  const chosen = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const m = memberships.find((x) => x.workspaceId === chosen) ?? memberships[0];
  if (!isRole(m.role)) return null;
  return { kind: 'user', userId, workspaceId: m.workspaceId, role: m.role };
}

export async function resolveCaller(req: Pick<ApiRequest, 'headers'>): Promise<Caller> {
  const token = bearerToken(req);
  if (token) return apiKeyCaller(token);
  const caller = await sessionCaller();
  if (!caller) throw new ApiError('unauthorized', 'Sign in, or send an API key as "Authorization: Bearer <key>".');
  return caller;
}
