import { expect, it } from 'vitest';
import { createTestWorkspace, describeDb } from '@/test/db-test';
import { collectDemo, type DemoOptions } from '@/lib/demo';
import { databaseUrl } from '@/lib/db/url';
import { seedWorkspace } from './seed-workspace';

const options: DemoOptions = { profiles: 150, events: 3000, seed: 11, asOf: Date.UTC(2026, 9, 1, 12), batchSize: 40 };

const generated = () => collectDemo(options);

async function expectLoaded(workspaceId: string) {
  const { prisma } = await import('@/lib/db/client');
  const data = generated();
  expect(await prisma.profile.count({ where: { workspaceId } })).toBe(data.profiles.length);
  expect(await prisma.event.count({ where: { workspaceId } })).toBe(data.events.length);

  for (const sample of [data.profiles[0], data.profiles[77], data.profiles[149]]) {
    const row = await prisma.profile.findUniqueOrThrow({ where: { workspaceId_externalId: { workspaceId, externalId: sample.externalId } } });
    expect(row.traits).toEqual(sample.traits);
    expect(row.consent).toEqual(sample.consent);
    expect(row.context).toEqual(sample.context);
    expect(row.firstSeenAt).toBeInstanceOf(Date);
    expect(row.firstSeenAt.getTime()).toBe(sample.firstSeenAt);
    expect(row.lastSeenAt.getTime()).toBe(sample.lastSeenAt);
    expect(await prisma.event.count({ where: { profileId: row.id } })).toBe(sample.eventCount);
  }
  for (const sample of [data.events[0], data.events[1500], data.events[2999]]) {
    const row = await prisma.event.findUniqueOrThrow({
      where: { workspaceId_messageId: { workspaceId, messageId: sample.messageId } },
      include: { profile: { select: { externalId: true } } },
    });
    expect(row.name).toBe(sample.name);
    expect(row.timestamp).toBeInstanceOf(Date);
    expect(row.timestamp.getTime()).toBe(sample.timestamp);
    expect(row.receivedAt.getTime()).toBe(sample.timestamp);
    expect(row.properties).toEqual(sample.properties);
    expect(row.profile.externalId).toBe(sample.externalId);
  }
  const purchase = data.events.find((e) => e.name === 'purchase')!;
  const stored = await prisma.event.findUniqueOrThrow({ where: { workspaceId_messageId: { workspaceId, messageId: purchase.messageId } } });
  expect(typeof (stored.properties as { amount: unknown }).amount).toBe('number');
  return data;
}

describeDb('bulk loading demo data', () => {
  it('loads exactly the generated profiles and events, read back with their types', async () => {
    const workspace = await createTestWorkspace('Bulk');
    const result = await seedWorkspace(databaseUrl(), workspace.id, options);
    expect(result).toMatchObject({ profiles: 150, events: 3000 });
    await expectLoaded(workspace.id);
  });

  it('loads the same way without the fresh-database shortcuts, and keeps messageIds unique', async () => {
    const workspace = await createTestWorkspace('Bulk incremental');
    const result = await seedWorkspace(databaseUrl(), workspace.id, options, undefined, { freshShortcuts: false });
    expect(result.fresh).toBe(false);
    const data = await expectLoaded(workspace.id);
    const { prisma } = await import('@/lib/db/client');
    const profile = await prisma.profile.findFirstOrThrow({ where: { workspaceId: workspace.id } });
    await expect(
      prisma.event.create({
        data: { workspaceId: workspace.id, profileId: profile.id, name: 'page_view', timestamp: new Date(), messageId: data.events[0].messageId },
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
  });

  it('refuses a workspace that already holds profiles', async () => {
    const workspace = await createTestWorkspace('Bulk twice');
    await seedWorkspace(databaseUrl(), workspace.id, { ...options, profiles: 3, events: 10 });
    await expect(seedWorkspace(databaseUrl(), workspace.id, options)).rejects.toThrow(/already holds 3 profiles/);
  });
});
