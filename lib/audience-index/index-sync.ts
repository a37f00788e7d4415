import type { ProfileChange } from '@/lib/ingest/changes';
import type { AudienceIndex } from './audience-index';
import type { AudienceDatabase } from './load/audience-database';

// Keeps one index in step with its database. Erasures apply at once (an erased profile must
// never be counted again); changed profiles are queued, coalesced, re-read in batches and put
// into the overlay. One batch at a time, so a later re-read never loses to an earlier one.
/** After a failed re-read (database unreachable), wait this long before the next try. */
const RETRY_MS = 5_000;

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
    let ids: number[] = [];
    try {
      while (this.changed.size > 0) {
        ids = [...this.changed];
        this.changed.clear();
        const { found, missing } = await this.db.reread(this.workspaceId, ids);
        const alive = found.filter((input) => !this.erased.has(input.profile.id as number));
        this.index.applyChanges({ upserts: alive, erasedIds: missing });
        ids = [];
        this.onApplied?.();
      }
    } catch (error) {
      this.onError?.(error);
      // Not lost: the batch goes back in the queue and is tried again a little later.
      for (const id of ids) if (!this.erased.has(id)) this.changed.add(id);
      setTimeout(() => this.note({ profileIds: [] }), RETRY_MS).unref();
    } finally {
      this.running = null;
    }
  }
}
