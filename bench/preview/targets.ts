import { loadavg } from 'node:os';
import Database from 'better-sqlite3';
import pg from 'pg';
import { AudienceIndex } from '@/lib/audience-index';
import { postgresAudienceDatabase, sqliteAudienceDatabase } from '@/lib/audience-index/load/audience-database';
import { machineFacts } from '../lib/machine';
import { buildFromGenerator } from './from-generator';
import { type MemoryFigures, type PreviewTimes, memoryOf, timePreviews } from './measure';
import { REFERENCE_PROPERTY_COLUMNS } from './reference-tree';

// One measurement, run in a process of its own so its memory figures are its own: an index
// built from a database, or straight from the demo generator (the scale curve).
export interface TargetResult {
  target: string;
  profiles: number;
  events: number;
  buildSeconds: number;
  memory: MemoryFigures;
  preview: PreviewTimes;
  machine: ReturnType<typeof machineFacts>;
  /** 1-minute load average when the target started and ended (2.0 = both cores busy). */
  load: [number, number];
}

export interface TargetOptions {
  asOf: number;
  runs: number;
  seed: number;
  workspace?: string;
}

async function busiestWorkspace(query: (sql: string) => Promise<{ workspaceId: string }[]>): Promise<string> {
  const rows = await query('SELECT "workspaceId" FROM "Profile" GROUP BY "workspaceId" ORDER BY COUNT(*) DESC LIMIT 1');
  if (!rows[0]) throw new Error('the database holds no profiles: seed it first (see docs/PERFORMANCE.md)');
  return rows[0].workspaceId;
}

async function finish(target: string, started: number, index: AudienceIndex, o: TargetOptions): Promise<TargetResult> {
  const buildSeconds = Math.round((performance.now() - started) / 100) / 10;
  const memory = await memoryOf(index);
  const preview = await timePreviews(index, o.asOf, o.runs);
  return { target, profiles: index.profiles, events: index.data.eventCount, buildSeconds, memory, preview, machine: machineFacts(), load: [loadAtStart, loadavg()[0]] };
}

let loadAtStart = 0;

export async function runTarget(target: string, o: TargetOptions): Promise<TargetResult> {
  loadAtStart = loadavg()[0];
  if (target.startsWith('file:')) {
    const open = () => new Database(target.slice(5), { readonly: true });
    const reader = open();
    const db = sqliteAudienceDatabase({ build: open(), reader, app: reader });
    const workspace = o.workspace ?? (await busiestWorkspace(async (sql) => reader.prepare(sql).all() as { workspaceId: string }[]));
    const started = performance.now();
    const data = await db.load(workspace);
    return finish(target, started, new AudienceIndex(data, db.properties(workspace, () => data)), o);
  }
  if (/^postgres(ql)?:/.test(target)) {
    const pool = new pg.Pool({ connectionString: target, max: 2 });
    try {
      const db = postgresAudienceDatabase(pool);
      const workspace = o.workspace ?? (await busiestWorkspace(async (sql) => (await pool.query(sql)).rows));
      const started = performance.now();
      const data = await db.load(workspace);
      return await finish(target, started, new AudienceIndex(data, db.properties(workspace, () => data)), o);
    } finally {
      await pool.end();
    }
  }
  const profiles = Number(target.replace(/^generator:/, ''));
  if (!Number.isSafeInteger(profiles) || profiles <= 0) throw new Error(`unknown target ${target}`);
  const started = performance.now();
  const data = buildFromGenerator({ profiles, events: profiles * 20, seed: o.seed, asOf: o.asOf }, { propertyColumns: REFERENCE_PROPERTY_COLUMNS });
  return finish(`generator:${profiles}`, started, new AudienceIndex(data), o);
}
