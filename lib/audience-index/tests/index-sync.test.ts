import { afterEach, describe, expect, it, vi } from 'vitest';
import { AudienceIndex } from '../audience-index';
import { buildFromInputs } from '../build/from-inputs';
import { IndexSync } from '../index-sync';
import type { AudienceDatabase } from '../load/audience-database';
import type { Reread } from '../load/reread-profiles';

// The queue between change announcements and the index: erasures at once, re-reads in
// batches, an erasure wins over a re-read that started before it, a failed re-read retries.
const profile = (id: number, age: number) => ({ profile: { id, externalId: `u${id}`, traits: { age } }, events: [] });

function fakeDb(answer: (ids: readonly number[]) => Promise<Reread>): AudienceDatabase {
  return { load: async () => { throw new Error('unused'); }, properties: () => ({ load: async () => { throw new Error('unused'); } }), reread: (_, ids) => answer(ids) };
}

describe('IndexSync', () => {
  afterEach(() => vi.useRealTimers());

  it('puts re-read profiles in the overlay and erases at once', async () => {
    const index = new AudienceIndex(buildFromInputs([profile(1, 20), profile(2, 30)]));
    const sync = new IndexSync(fakeDb(async (ids) => ({ found: ids.filter((id) => id !== 3).map((id) => profile(id, 99)), missing: ids.filter((id) => id === 3) })), 'w', index);
    sync.note({ profileIds: [1, 3] });
    sync.note({ profileIds: [], erasedProfileIds: [2] });
    expect(await index.input('u2')).toBeNull();
    await sync.whenIdle();
    expect(index.inOverlay(1)).toBe(true);
    expect((await index.input('u1'))?.profile.traits).toEqual({ age: 99 });
    expect(index.profiles).toBe(1);
  });

  it('does not bring back a profile erased while its re-read was running', async () => {
    const index = new AudienceIndex(buildFromInputs([profile(1, 20)]));
    let release!: () => void;
    const sync = new IndexSync(fakeDb(() => new Promise((resolve) => (release = () => resolve({ found: [profile(1, 50)], missing: [] })))), 'w', index);
    sync.note({ profileIds: [1] });
    sync.note({ profileIds: [], erasedProfileIds: [1] });
    release();
    await sync.whenIdle();
    expect(index.profiles).toBe(0);
  });

  it('retries a batch whose re-read failed', async () => {
    vi.useFakeTimers();
    const index = new AudienceIndex(buildFromInputs([profile(1, 20)]));
    let calls = 0;
    const sync = new IndexSync(fakeDb(async (ids) => {
      if (++calls === 1) throw new Error('database unreachable');
      return { found: ids.map((id) => profile(id, 60)), missing: [] };
    }), 'w', index);
    sync.onError = () => {};
    sync.note({ profileIds: [1] });
    await sync.whenIdle();
    expect(index.inOverlay(1)).toBe(false);
    await vi.advanceTimersByTimeAsync(6_000);
    await sync.whenIdle();
    expect(index.inOverlay(1)).toBe(true);
    expect(calls).toBe(2);
  });
});
