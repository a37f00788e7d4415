import { expect, it } from 'vitest';
import { createTestWorkspace, describeDb } from '@/test/db-test';

// The ingest paths end to end below HTTP: validation, enrichment, writing, reports.
const NOW = Date.parse('2024-06-01T12:00:00Z');
const CHROME_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

async function lib() {
  const { prisma } = await import('@/lib/db/client');
  const records = await import('./ingest-records');
  const csv = await import('./csv/import-csv');
  return { prisma, ...records, ...csv };
}

describeDb('ingest paths', () => {
  it('events: accepts the good records, rejects the bad with reasons, enriches context', async () => {
    const { prisma, ingestEvents } = await lib();
    const ws = await createTestWorkspace();
    const report = await ingestEvents(
      ws.id,
      [
        { externalId: 'u1', event: 'purchase', properties: { amount: 20 }, context: { userAgent: CHROME_WINDOWS, ip: '8.8.8.8' }, messageId: 'm1' },
        { externalId: 'u1', event: 'purchase', messageId: 'm1' },
        { externalId: 'u2', event: 'x', timestamp: '2024-05-01' },
        { externalId: 'u3', event: 'x', extra: true },
        { externalId: 'u4', event: 'x', properties: { blob: 'x'.repeat(1024 * 1024) } },
      ],
      NOW,
    );
    expect(report.accepted).toBe(1);
    expect(report.duplicates).toBe(1);
    expect(report.rejected.map((r) => [r.index, r.code])).toEqual([[2, 'invalid_timestamp'], [3, 'unknown_field'], [4, 'value_too_long']]);
    const p = await prisma.profile.findFirstOrThrow({ where: { workspaceId: ws.id, externalId: 'u1' } });
    expect(p.context).toMatchObject({ device: 'desktop', os: 'Windows', browser: 'Chrome', country: 'US', ip: '8.8.8.8' });
    const e = await prisma.event.findFirstOrThrow({ where: { workspaceId: ws.id } });
    expect(e.context).toMatchObject({ browser: 'Chrome', country: 'US' });
    expect(e.timestamp).toEqual(new Date(NOW));
    expect(await prisma.profile.count({ where: { workspaceId: ws.id } })).toBe(1);
  }, 30_000);

  it('profiles: upserts and reports rejects by index', async () => {
    const { prisma, ingestProfiles } = await lib();
    const ws = await createTestWorkspace();
    const report = await ingestProfiles(ws.id, [{ externalId: 'a', traits: { age: 3 } }, { externalId: 'b', consent: { marketing: 'no' } }, { externalId: 'a', traits: { b: 1 } }], NOW);
    expect(report).toEqual({ accepted: 2, rejected: [{ index: 1, code: 'invalid_type', message: expect.stringContaining('consent.marketing') }] });
    const rows = await prisma.profile.findMany({ where: { workspaceId: ws.id } });
    expect(rows.map((r) => [r.externalId, r.traits])).toEqual([['a', { age: 3, b: 1 }]]);
  });

  it('Segment batch: identify, track and page; the request fallback derives fields without being stored', async () => {
    const { prisma, ingestSegmentBatch } = await lib();
    const ws = await createTestWorkspace();
    const report = await ingestSegmentBatch(
      ws.id,
      [
        { type: 'identify', userId: 'seg-1', traits: { email: 'a@b.c' } },
        { type: 'track', userId: 'seg-1', event: 'Signed Up', timestamp: '2024-06-01T11:00:00Z', messageId: 's1' },
        { type: 'page', anonymousId: 'anon', name: 'Home', context: { page: { path: '/', url: 'https://x.test/' } } },
        { type: 'screen', userId: 'seg-1', name: 'Home' },
      ],
      { library: { name: 'analytics-node' } },
      NOW,
      { userAgent: CHROME_WINDOWS, ip: '127.0.0.1' },
    );
    expect(report).toMatchObject({ accepted: 3, duplicates: 0, rejected: [{ index: 3, code: 'unsupported_type' }] });
    const seg = await prisma.profile.findFirstOrThrow({ where: { workspaceId: ws.id, externalId: 'seg-1' } });
    expect(seg.traits).toEqual({ email: 'a@b.c' });
    expect(seg.context).toEqual({ device: 'desktop', os: 'Windows', browser: 'Chrome' });
    const page = await prisma.event.findFirstOrThrow({ where: { workspaceId: ws.id, name: 'page_view' } });
    expect(page.properties).toEqual({ name: 'Home', path: '/', url: 'https://x.test/' });
  });

  it('CSV: chunks of 1,000 rows, progress after each, typed values, rejected lines with reasons', async () => {
    const { prisma, planCsvImport, runCsvImport } = await lib();
    const ws = await createTestWorkspace();
    const lines = ['externalId,traits.age,traits.address.city,traits.zip:string,consent.marketing'];
    for (let i = 0; i < 2500; i++) lines.push(`c${i},${i === 7 ? 'old' : i % 90},City ${i % 3},0${i},${i % 2 === 0}`);
    const plan = planCsvImport('profiles', lines.join('\n'), ',');
    const progress: unknown[] = [];
    const report = await runCsvImport(ws.id, plan, NOW, (p) => progress.push(p));
    expect(progress).toEqual([
      { rows: 1000, accepted: 999, rejected: 1 },
      { rows: 2000, accepted: 1999, rejected: 1 },
      { rows: 2500, accepted: 2499, rejected: 1 },
    ]);
    expect(report).toMatchObject({
      rows: 2500, accepted: 2499, rejectedCount: 1,
      rejected: [{ line: 9, issues: [{ column: 'traits.age', code: 'type_mismatch', message: 'traits.age: "old" is not a number (column type number)' }] }],
      columns: [
        { name: 'externalId', type: 'string' }, { name: 'traits.age', type: 'number' }, { name: 'traits.address.city', type: 'string' },
        { name: 'traits.zip', type: 'string' }, { name: 'consent.marketing', type: 'boolean' },
      ],
    });
    expect(await prisma.profile.count({ where: { workspaceId: ws.id } })).toBe(2499);
    const c10 = await prisma.profile.findFirstOrThrow({ where: { workspaceId: ws.id, externalId: 'c10' } });
    expect(c10).toMatchObject({ traits: { age: 10, address: { city: 'City 1' }, zip: '010' }, consent: { marketing: true } });
  });

  it('CSV events: timestamps, duplicates by messageId, profiles created', async () => {
    const { prisma, planCsvImport, runCsvImport } = await lib();
    const ws = await createTestWorkspace();
    const csv = [
      'externalId,event,timestamp,messageId,properties.amount,context.country',
      'u1,purchase,2024-05-01T10:00:00.5+02:00,m1,19.99,FR',
      'u1,purchase,2024-05-02T10:00:00Z,m1,5,FR',
      'u2,purchase,,,7,',
      'u3,purchase,2024-05-01T10:00:00,,1,',
    ].join('\n');
    const report = await runCsvImport(ws.id, planCsvImport('events', csv, ','), NOW);
    expect(report).toMatchObject({ rows: 4, accepted: 2, duplicates: 1, rejectedCount: 1, rejected: [{ line: 5, issues: [{ column: 'timestamp' }] }] });
    const events = await prisma.event.findMany({ where: { workspaceId: ws.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.timestamp.toISOString(), e.properties, e.context])).toEqual([
      ['2024-05-01T08:00:00.500Z', { amount: 19.99 }, { country: 'FR' }],
      [new Date(NOW).toISOString(), { amount: 7 }, {}],
    ]);
  });
});
