import type { ProfileChange } from '@/lib/ingest/changes';
import type { AudienceIndex } from './audience-index';
import type { AudienceDatabase } from './load/audience-database';

// Keeps one index in step with its database. Erasures apply at once (an erased profile must
// never be counted again); changed profiles are queued, coalesced, re-read in batches and put
// into the overlay. One batch at a time, so a later re-read never loses to an earlier one.
export class IndexSync {
  private readonly changed = new Set<number>();
  /** Ids are never reused, so a re-read that started before an erasure must not bring it back. */
  private readonly erased = new Set<number>();
  private running: Promise<void> | null = null;
  /** Called after each applied batch (the registry watches the overlay size). */
  onApplied?: () => void;
  onError?: (error: unknown) => void;

  constructor(
    private readonly db: AudienceDatabase,
    private readonly workspaceId: string,
    readonly index: AudienceIndex,
  ) {}

  note(change: Pick<ProfileChange, 'profileIds' | 'erasedProfileIds'>): void {
    if (change.erasedProfileIds?.length) {
      this.index.applyChanges({ erasedIds: change.erasedProfileIds });
      for (const id of change.erasedProfileIds) {
        this.changed.delete(id);
        this.erased.add(id);
      }
    }
    for (const id of change.profileIds) this.changed.add(id);
    if (this.changed.size > 0) this.running ??= this.drain();
  }

  /** Resolves once every change noted so far is in the index. */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    try {
      while (this.changed.size > 0) {
        const ids = [...this.changed];
        this.changed.clear();
        const { found, missing } = await this.db.reread(this.workspaceId, ids);
        const alive = found.filter((input) => !this.erased.has(input.profile.id as number));
        this.index.applyChanges({ upserts: alive, erasedIds: missing });
        this.onApplied?.();
      }
    } catch (error) {
      this.onError?.(error);
    } finally {
      this.running = null;
    }
  }
}
