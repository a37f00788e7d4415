import { afterEach, expect, it } from 'vitest';
import { createTestWorkspace, describeDb } from '@/test/db-test';
import type { EventWrite, ProfileWrite } from './types';

// The writers against a real database (runs on SQLite and on PostgreSQL). What is stored is
// read back through Prisma, so the raw SQL must match what the ORM expects.
const T0 = Date.parse('2024-05-01T10:00:00.123Z');
const profile = (externalId: string, patch: Partial<ProfileWrite> = {}): ProfileWrite => ({ externalId, traits: {}, consent: {}, context: {}, ...patch });
const event = (externalId: string, patch: Partial<EventWrite> = {}): EventWrite => ({
  externalId, name: 'page_view', timestamp: T0, properties: {}, context: {}, messageId: null, ...patch,
});

async function lib() {
  const { prisma } = await import('@/lib/db/client');
  const { writeIngestBatch } = await import('./write-batch');
  const { onProfilesChanged } = await import('./changes');
  const { ingestDialect } = await import('@/lib/db/dialects/ingest');
  return { prisma, writeIngestBatch, onProfilesChanged, ingestDialect };
}

let unsubscribe: (() => void) | undefined;
afterEach(() => unsubscribe?.());

describeDb('ingest writers', () => {
  it('upserts profiles, merging traits, consent and context by top-level key', async () => {
    const { prisma, writeIngestBatch } = await lib();
    const ws = await createTestWorkspace();
    await writeIngestBatch(ws.id, {
      receivedAt: T0,
      profiles: [profile('u1', { traits: { age: 30, address: { city: 'Paris', zip: '75001' }, tags: ['a'] }, consent: { marketing: true }, context: { os: 'iOS', city: 'Paris' } })],
      events: [],
    });
    const result = await writeIngestBatch(ws.id, {
      receivedAt: T0 + 5000,
      profiles: [
        profile('u1', { traits: { age: 31, address: { city: 'Lyon' } }, consent: { analytics: false }, context: { city: 'Lyon' } }),
        profile('u1', { traits: { plan: 'pro', nothing: null } }),
      ],
      events: [],
    });
    expect(result).toMatchObject({ profilesWritten: 1, eventsInserted: 0, duplicates: 0 });
    const rows = await prisma.profile.findMany({ where: { workspaceId: ws.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      externalId: 'u1',
      traits: { age: 31, address: { city: 'Lyon' }, tags: ['a'], plan: 'pro', nothing: null },
      consent: { marketing: true, analytics: false },
      context: { os: 'iOS', city: 'Lyon' },
      scores: {},
      firstSeenAt: new Date(T0),
      lastSeenAt: new Date(T0),
      createdAt: new Date(T0),
      updatedAt: new Date(T0 + 5000),
    });
    expect(result.profileIds).toEqual([rows[0].id]);
  });

  it('keeps externalIds exact: case and spaces make different profiles', async () => {
    const { prisma, writeIngestBatch } = await lib();
    const ws = await createTestWorkspace();
    await writeIngestBatch(ws.id, { receivedAt: T0, profiles: [profile('Ann'), profile('ann'), profile(' ann')], events: [] });
    expect(await prisma.profile.count({ where: { workspaceId: ws.id } })).toBe(3);
  });

  it('stores events to the millisecond and creates unknown profiles with their seen window', async () => {
    const { prisma, writeIngestBatch } = await lib();
    const ws = await createTestWorkspace();
    const result = await writeIngestBatch(ws.id, {
      receivedAt: T0 + 60_000,
      profiles: [],
      events: [
        event('new', { name: 'purchase', timestamp: T0 + 2000, properties: { amount: 9.99 }, context: { city: 'Paris', os: 'iOS' }, messageId: 'm1' }),
        event('new', { timestamp: T0, context: { city: 'Old town' } }),
        event('new', { timestamp: T0 + 2000, context: { browser: 'Safari' } }),
      ],
    });
    expect(result).toMatchObject({ eventsInserted: 3, duplicates: 0 });
    const p = await prisma.profile.findFirstOrThrow({ where: { workspaceId: ws.id, externalId: 'new' } });
    expect(p).toMatchObject({
      firstSeenAt: new Date(T0),
      lastSeenAt: new Date(T0 + 2000),
      context: { city: 'Paris', os: 'iOS', browser: 'Safari' },
      traits: {},
    });
    const events = await prisma.event.findMany({ where: { workspaceId: ws.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.name, e.timestamp.toISOString(), e.profileId])).toEqual([
      ['purchase', '2024-05-01T10:00:02.123Z', p.id],
      ['page_view', '2024-05-01T10:00:00.123Z', p.id],
      ['page_view', '2024-05-01T10:00:02.123Z', p.id],
    ]);
    expect(events[0]).toMatchObject({ properties: { amount: 9.99 }, context: { city: 'Paris', os: 'iOS' }, messageId: 'm1', receivedAt: new Date(T0 + 60_000) });
  });

  it('updates last-seen context only from events at least as new as lastSeenAt', async () => {
    const { prisma, writeIngestBatch } = await lib();
    const ws = await createTestWorkspace();
    await writeIngestBatch(ws.id, { receivedAt: T0, profiles: [], events: [event('u1', { timestamp: T0, context: { city: 'Paris' } })] });
    await writeIngestBatch(ws.id, { receivedAt: T0, profiles: [], events: [event('u1', { timestamp: T0 - 1000, context: { city: 'Late' } })] });
    let p = await prisma.profile.findFirstOrThrow({ where: { workspaceId: ws.id } });
    expect(p).toMatchObject({ firstSeenAt: new Date(T0 - 1000), lastSeenAt: new Date(T0), context: { city: 'Paris' } });
    await writeIngestBatch(ws.id, { receivedAt: T0, profiles: [], events: [event('u1', { timestamp: T0, context: { city: 'Lyon', os: 'iOS' } })] });
    p = await prisma.profile.findFirstOrThrow({ where: { workspaceId: ws.id } });
    expect(p.context).toEqual({ city: 'Lyon', os: 'iOS' });
  });

  it('keeps the first event of a messageId, across and within batches; no messageId is never deduplicated', async () => {
    const { prisma, writeIngestBatch } = await lib();
    const ws = await createTestWorkspace();
    const first = await writeIngestBatch(ws.id, {
      receivedAt: T0,
      profiles: [],
      events: [event('u1', { messageId: 'a', name: 'first' }), event('u1', { messageId: 'a', name: 'repeat' }), event('u1'), event('u1')],
    });
    expect(first).toMatchObject({ eventsInserted: 3, duplicates: 1 });
    const second = await writeIngestBatch(ws.id, {
      receivedAt: T0,
      profiles: [],
      events: [event('someone-else', { messageId: 'a', name: 'again' }), event('u1', { messageId: 'b' }), event('u1')],
    });
    expect(second).toMatchObject({ eventsInserted: 2, duplicates: 1 });
    const names = (await prisma.event.findMany({ where: { workspaceId: ws.id, messageId: 'a' } })).map((e) => e.name);
    expect(names).toEqual(['first']);
    expect(await prisma.event.count({ where: { workspaceId: ws.id } })).toBe(5);
    // A duplicate never creates the profile it names.
    expect(await prisma.profile.count({ where: { workspaceId: ws.id, externalId: 'someone-else' } })).toBe(0);
  });

  it('scopes everything by workspace: same externalId and messageId stay separate', async () => {
    const { prisma, writeIngestBatch } = await lib();
    const [a, b] = [await createTestWorkspace('A'), await createTestWorkspace('B')];
    const batch = (traits: Record<string, unknown>) => ({
      receivedAt: T0, profiles: [profile('same', { traits })], events: [event('same', { messageId: 'shared' })],
    });
    expect(await writeIngestBatch(a.id, batch({ from: 'a' }))).toMatchObject({ eventsInserted: 1, duplicates: 0 });
    expect(await writeIngestBatch(b.id, batch({ from: 'b' }))).toMatchObject({ eventsInserted: 1, duplicates: 0 });
    const profiles = await prisma.profile.findMany({ where: { externalId: 'same', workspaceId: { in: [a.id, b.id] } }, orderBy: { id: 'asc' } });
    expect(profiles.map((p) => [p.workspaceId, p.traits])).toEqual([[a.id, { from: 'a' }], [b.id, { from: 'b' }]]);
    const events = await prisma.event.findMany({ where: { messageId: 'shared', workspaceId: { in: [a.id, b.id] } } });
    expect(events.map((e) => e.profileId).sort()).toEqual(profiles.map((p) => p.id).sort());
  });

  it('writes a batch in one transaction: a failure leaves nothing behind and announces nothing', async () => {
    const { prisma, writeIngestBatch, onProfilesChanged } = await lib();
    const ws = await createTestWorkspace();
    await writeIngestBatch(ws.id, { receivedAt: T0, profiles: [profile('kept', { traits: { v: 1 } })], events: [] });
    const heard: number[][] = [];
    unsubscribe = onProfilesChanged((c) => c.workspaceId === ws.id && heard.push(c.profileIds));
    // The last event breaks a NOT NULL column, after everything before it was written.
    const broken = { ...event('kept'), name: null as unknown as string };
    await expect(
      writeIngestBatch(ws.id, {
        receivedAt: T0,
        profiles: [profile('kept', { traits: { v: 2 } }), profile('new-profile')],
        events: [event('kept', { messageId: 'x' }), event('also-new'), broken],
      }),
    ).rejects.toThrow();
    const rows = await prisma.profile.findMany({ where: { workspaceId: ws.id } });
    expect(rows.map((r) => [r.externalId, r.traits])).toEqual([['kept', { v: 1 }]]);
    expect(await prisma.event.count({ where: { workspaceId: ws.id } })).toBe(0);
    expect(heard).toEqual([]);
  });

  it('announces the touched profiles after commit', async () => {
    const { prisma, writeIngestBatch, onProfilesChanged } = await lib();
    const ws = await createTestWorkspace();
    const heard: number[][] = [];
    unsubscribe = onProfilesChanged((c) => c.workspaceId === ws.id && heard.push([...c.profileIds].sort()));
    await writeIngestBatch(ws.id, { receivedAt: T0, profiles: [profile('p1')], events: [event('p2'), event('p2', { messageId: 'd' })] });
    await writeIngestBatch(ws.id, { receivedAt: T0, profiles: [], events: [event('p3', { messageId: 'd' })] });
    const ids = (await prisma.profile.findMany({ where: { workspaceId: ws.id }, orderBy: { id: 'asc' } })).map((p) => p.id);
    expect(heard).toEqual([[...ids].sort()]);
  });

  it('writes SQLite batches on the writer thread and announces them on this thread after the commit', async () => {
    const { prisma, writeIngestBatch, onProfilesChanged } = await lib();
    const { rawDb } = await import('@/lib/db/raw');
    const db = rawDb();
    if (db.dialect !== 'sqlite') return;
    const { sqliteWriterThreadStats } = await import('@/lib/db/dialects/ingest-sqlite');
    const ws = await createTestWorkspace();
    const before = sqliteWriterThreadStats(db.sqlite)?.written ?? 0;
    // The listener reads the profile back: the announcement must come after the commit.
    const seen: (string | undefined)[] = [];
    unsubscribe = onProfilesChanged((c) => {
      if (c.workspaceId === ws.id) seen.push(db.sqlite.prepare('SELECT "externalId" FROM "Profile" WHERE "id" = ?').pluck().get(c.profileIds[0]) as string);
    });
    await Promise.all(['a', 'b', 'c'].map((id) => writeIngestBatch(ws.id, { receivedAt: T0, profiles: [], events: [event(id)] })));
    expect(seen.sort()).toEqual(['a', 'b', 'c']);
    expect(await prisma.event.count({ where: { workspaceId: ws.id } })).toBe(3);
    expect(sqliteWriterThreadStats(db.sqlite)).toEqual({ running: true, written: before + 3 });
  });

  it('announces nothing, and leaves the profile alone, for a batch whose events were all stored before', async () => {
    const { prisma, writeIngestBatch, onProfilesChanged } = await lib();
    const ws = await createTestWorkspace();
    await writeIngestBatch(ws.id, { receivedAt: T0, profiles: [], events: [event('u1', { messageId: 'm1', context: { city: 'Paris' } })] });
    const before = await prisma.profile.findFirstOrThrow({ where: { workspaceId: ws.id } });
    const heard: number[][] = [];
    unsubscribe = onProfilesChanged((c) => c.workspaceId === ws.id && heard.push(c.profileIds));
    const again = await writeIngestBatch(ws.id, {
      receivedAt: T0 + 1000,
      profiles: [],
      events: [event('u1', { messageId: 'm1', timestamp: T0 + 500, context: { city: 'Lyon' } })],
    });
    expect(again).toMatchObject({ eventsInserted: 0, duplicates: 1, profileIds: [] });
    expect(heard).toEqual([]);
    expect(await prisma.profile.findFirstOrThrow({ where: { workspaceId: ws.id } })).toEqual(before);
  });

  it('keeps exactly one event per messageId when simultaneous batches from different senders repeat them', async () => {
    const { prisma, writeIngestBatch } = await lib();
    const ws = await createTestWorkspace();
    // Each batch names its own new profiles, and all of them carry the messageIds m0…m99.
    const batch = (k: number) => ({
      receivedAt: T0,
      profiles: [],
      events: Array.from({ length: 100 }, (_, i) => event(`b${k}-u${i % 10}`, { messageId: `m${(i * 7 + k * 13) % 100}`, name: `from-${k}` })),
    });
    const results = await Promise.all([0, 1, 2, 3].map((k) => writeIngestBatch(ws.id, batch(k))));
    const events = await prisma.event.findMany({ where: { workspaceId: ws.id }, include: { profile: true } });
    expect(events).toHaveLength(100);
    expect(new Set(events.map((e) => e.messageId)).size).toBe(100);
    expect(results.reduce((n, r) => n + r.eventsInserted, 0)).toBe(100);
    expect(results.reduce((n, r) => n + r.duplicates, 0)).toBe(300);
    // Every stored event belongs to a profile of the batch that sent it.
    for (const e of events) expect(e.profile.externalId.startsWith(`b${e.name.slice(5)}-`)).toBe(true);
  });

  it('handles concurrent batches with the same messageIds and profiles', async () => {
    const { prisma, writeIngestBatch } = await lib();
    const ws = await createTestWorkspace();
    const batch = (k: number) => ({
      receivedAt: T0,
      profiles: [profile('shared', { traits: { [`k${k}`]: k } })],
      events: Array.from({ length: 50 }, (_, i) => event(`u${(i * (k + 1)) % 7}`, { messageId: `m${(i * (k + 1)) % 60}` })),
    });
    const results = await Promise.all([1, 2, 3, 4].map((k) => writeIngestBatch(ws.id, batch(k))));
    const stored = await prisma.event.count({ where: { workspaceId: ws.id } });
    expect(results.reduce((n, r) => n + r.eventsInserted, 0)).toBe(stored);
    expect(results.reduce((n, r) => n + r.duplicates, 0)).toBe(200 - stored);
    expect(stored).toBe(new Set([1, 2, 3, 4].flatMap((k) => Array.from({ length: 50 }, (_, i) => (i * (k + 1)) % 60))).size);
    const shared = await prisma.profile.findFirstOrThrow({ where: { workspaceId: ws.id, externalId: 'shared' } });
    expect(shared.traits).toEqual({ k1: 1, k2: 2, k3: 3, k4: 4 });
  });
});
