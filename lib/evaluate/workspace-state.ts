import 'server-only';
import { ApiError } from '@/lib/api/errors';
import type { WorkspaceState } from './core/types';
import { readWorkspaceStamp } from './evaluate-sql';
import { type CompiledCache, loadWorkspaceState } from './load-workspace-state';

// Per-workspace cache of compiled published trees, slots and variants, running experiments
// and the settings evaluation reads. Checked against a stamp (one small indexed query:
// version, slot and experiment counts, latest publish and edit instants, opt-in rule,
// origins) at most every EVALUATE_CACHE_CHECK_MS (default 1,000 ms), and reloaded only when
// the stamp moved. Writes in this process (publish, tree deletion, slot, variant and
// experiment edits, settings) call
// invalidateEvaluation, so the next request here re-checks at once; other instances behind
// a load balancer see a change within the check interval.

export type CachedWorkspace = WorkspaceState & { siteOrigins: readonly string[] };

type Entry = { value: CachedWorkspace; stamp: string; checkedAt: number; compiled: CompiledCache };

const globalCache = globalThis as unknown as { evaluateCache?: Map<string, Entry>; evaluateRefreshing?: Map<string, Promise<CachedWorkspace>> };
const cache = (globalCache.evaluateCache ??= new Map());
// One check per workspace at a time: concurrent requests share it.
const refreshing = (globalCache.evaluateRefreshing ??= new Map());

function checkIntervalMs(): number {
  const n = Number(process.env.EVALUATE_CACHE_CHECK_MS ?? 1000);
  return Number.isFinite(n) && n >= 0 ? n : 1000;
}

export async function workspaceState(workspaceId: string): Promise<CachedWorkspace> {
  const entry = cache.get(workspaceId);
  if (entry && Date.now() - entry.checkedAt < checkIntervalMs()) return entry.value;
  let pending = refreshing.get(workspaceId);
  if (!pending) {
    pending = refresh(workspaceId, entry).finally(() => refreshing.delete(workspaceId));
    refreshing.set(workspaceId, pending);
  }
  return pending;
}

async function refresh(workspaceId: string, entry: Entry | undefined): Promise<CachedWorkspace> {
  const checkedAt = Date.now();
  const stamp = await readWorkspaceStamp(workspaceId);
  if (!stamp) throw new ApiError('not_found', 'Workspace not found.');
  const key = `${stamp.requireOptIn}|${stamp.content}`;
  if (entry && entry.stamp === key) {
    entry.checkedAt = checkedAt;
    entry.value = { ...entry.value, siteOrigins: stamp.siteOrigins };
    return entry.value;
  }
  const compiled = entry?.compiled ?? new Map();
  const state = await loadWorkspaceState(workspaceId, stamp.requireOptIn, compiled);
  const value: CachedWorkspace = { ...state, siteOrigins: stamp.siteOrigins };
  cache.set(workspaceId, { value, stamp: key, checkedAt, compiled });
  return value;
}

/** Something evaluation depends on changed in this process: re-check the stamp on the next request. */
export function invalidateEvaluation(workspaceId: string): void {
  const entry = cache.get(workspaceId);
  if (entry) entry.checkedAt = 0;
}
