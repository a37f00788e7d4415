// TEST-ONLY fixture: writes slots, variants, profiles, exposures and events with the Prisma
// client straight into the e2e database of the running project (scripts/e2e-env.mjs).
// Slots are created here because the slots API is built elsewhere; once it lands, slots and
// variants should be created through it instead. Exposures are normally written by
// POST /api/v1/evaluate; writing them here lets a test fix their times and arms exactly.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { TestInfo } from '@playwright/test';
import { PrismaClient as SqliteClient } from '../lib/generated/sqlite/client';
import { PrismaClient as PostgresClient } from '../lib/generated/postgres/client';
import { e2eDatabaseUrl } from '../scripts/e2e-env.mjs';

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

export async function createSlot(
  db: E2eDb,
  workspaceId: string,
  input: { key: string; name?: string; treeId?: string | null; variants?: { name: string; segmentKey?: string | null }[] },
): Promise<{ id: string; variantIds: string[] }> {
  const slot = await db.prisma.slot.create({ data: { workspaceId, key: input.key, name: input.name ?? input.key, treeId: input.treeId ?? null } });
  const variantIds: string[] = [];
  for (const v of input.variants ?? []) {
    const row = await db.prisma.variant.create({
      data: { workspaceId, slotId: slot.id, name: v.name, segmentKey: v.segmentKey ?? null, content: { layout: 'text', headline: v.name } },
    });
    variantIds.push(row.id);
  }
  return { id: slot.id, variantIds };
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
