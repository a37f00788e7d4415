// Experiment fixtures for e2e tests. Slots and variants are created through the slots API,
// as a site owner would. Exposures are normally written by POST /api/v1/evaluate; the TEST-ONLY
// part writes them (with their profiles and events) with the Prisma client straight into the
// e2e database of the running project (scripts/e2e-env.mjs), so a test can fix their times
// and arms exactly.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { APIRequestContext, TestInfo } from '@playwright/test';
import { PrismaClient as SqliteClient } from '../lib/generated/sqlite/client';
import { PrismaClient as PostgresClient } from '../lib/generated/postgres/client';
import { e2eDatabaseUrl } from '../scripts/e2e-env.mjs';
import { addSlot, publishTreeVia } from './api/evaluate-helpers';

type Db = SqliteClient;

export interface E2eDb {
  prisma: Db;
  dispose(): Promise<void>;
}

/** The e2e database behind the project's server: PostgreSQL for api-postgres, SQLite otherwise. */
export function openE2eDb(testInfo: TestInfo): E2eDb {
  const dialect = testInfo.project.name === 'api-postgres' ? 'postgres' : 'sqlite';
  const url = e2eDatabaseUrl(dialect);
  const prisma =
    dialect === 'postgres'
      ? (new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db)
      : new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: url.replace(/^file:/, '') }, { timestampFormat: 'unixepoch-ms' }) });
  return { prisma, dispose: () => prisma.$disconnect() };
}

const VIP_TREE = {
  version: 1,
  nodes: [
    { id: 'root', type: 'root', position: { x: 0, y: 0 } },
    { id: 'vip', type: 'segment', position: { x: 0, y: 100 }, data: { key: 'vip', name: 'VIP', color: '#6366f1' } },
  ],
  edges: [{ source: 'root', target: 'vip', branch: 'all' }],
};

/** A published tree whose one segment, `vip`, holds everyone; returns its id. */
export function publishVipTree(api: APIRequestContext): Promise<string> {
  return publishTreeVia(api, 'Experiment tree', VIP_TREE);
}

/** A slot and its variants through the slots API (`api`: a session or a `write` key); variant content is its name as headline. */
export function createSlot(
  api: APIRequestContext,
  input: { key: string; name?: string; treeId?: string | null; variants?: { name: string; segmentKey?: string | null }[] },
): Promise<{ id: string; variantIds: string[] }> {
  const variants = (input.variants ?? []).map((v) => ({ name: v.name, segmentKey: v.segmentKey ?? null, content: { headline: v.name } }));
  return addSlot(api, { key: input.key, name: input.name ?? input.key, treeId: input.treeId ?? null }, variants);
}

export interface SeedUser {
  externalId: string;
  arm: string;
  segmentKey?: string | null;
  exposedAt: Date;
  events?: { name: string; timestamp: Date; properties?: Record<string, unknown> }[];
}

/** A new profile per user, its exposure to the experiment, and its events (three bulk inserts). */
export async function seedExposures(db: E2eDb, workspaceId: string, experimentId: string, users: readonly SeedUser[]): Promise<void> {
  await db.prisma.profile.createMany({ data: users.map((u) => ({ workspaceId, externalId: u.externalId })) });
  const profiles = await db.prisma.profile.findMany({ where: { workspaceId, externalId: { in: users.map((u) => u.externalId) } }, select: { id: true, externalId: true } });
  const idOf = new Map(profiles.map((p) => [p.externalId, p.id]));
  await db.prisma.exposure.createMany({
    data: users.map((u) => ({ experimentId, profileId: idOf.get(u.externalId)!, arm: u.arm, segmentKey: u.segmentKey ?? null, exposedAt: u.exposedAt })),
  });
  const events = users.flatMap((u) =>
    (u.events ?? []).map((e) => ({ workspaceId, profileId: idOf.get(u.externalId)!, name: e.name, timestamp: e.timestamp, properties: (e.properties ?? {}) as object })),
  );
  if (events.length) await db.prisma.event.createMany({ data: events });
}
