// The seam between writes and in-memory caches (the audience index): every write path that
// changes profiles or events (ingest, CSV import, erasure, consent changes) announces it
// here after its transaction commits. Listeners must be fast and must not throw.
export type ProfileChange = {
  workspaceId: string;
  /** Profiles whose traits, consent, context or events changed. */
  profileIds: number[];
  /** Profiles that no longer exist (erasure). */
  erasedProfileIds?: number[];
};

type Listener = (change: ProfileChange) => void;
// One set per process: the Next server may load this module more than once (instrumentation.ts
// and the route handlers are compiled into separate module graphs), and a change announced by
// a route must reach an index that instrumentation built.
const globalForChanges = globalThis as unknown as { profileChangeListeners?: Set<Listener> };
const listeners = (globalForChanges.profileChangeListeners ??= new Set<Listener>());

export function onProfilesChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitProfilesChanged(change: ProfileChange): void {
  for (const listener of listeners) {
    try {
      listener(change);
    } catch (error) {
      console.error('[changes] listener failed', error);
    }
  }
}
