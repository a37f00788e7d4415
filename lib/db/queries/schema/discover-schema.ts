import 'server-only';
import { CONTEXT_STRING_FIELDS, type Condition, type TreeDocument } from '@/lib/segments';
import { SEGMENTS_DIALECTS } from '@/lib/segments/sql/compile-tree-sql';
import { sqliteBindings } from '@/lib/segments/sql/run-tree-sql';
import type { SqlParams } from '@/lib/db/dialects/segments-base';
import { registerSegmentFunctions } from '@/lib/db/dialects/segments-sqlite';
import { type RawDb, rawDb } from '@/lib/db/raw';
import { eventNamesSql } from './event-names';
import { jsonPathTypesSql } from './json-path-types';
import { jsonTopValuesSql } from './json-top-values';
import { sampleCountsSql } from './sample-counts';
import { type FieldSummary, type ValueType, SchemaTally, keysOfPath } from './schema-tally';
import type { JsonSource } from './sources';

// What a workspace's data holds, for the tree editor's pickers and for checking a tree's
// fields against it: trait paths, context fields, event names and their properties, with the
// JSON types seen (a string in the date grammar is a `date`) and the most frequent values.
// Aggregated in the database (json_tree / a recursive jsonb_each) over the most recent rows,
// so only the summary crosses the wire. Event names are all of them (loose index scan);
// counts and paths come from the sample.

export type SchemaOptions = { db?: RawDb; profileSample?: number; eventSample?: number; topValues?: number; maxEventNames?: number };

export type DiscoveredSchemaSql = {
  sampled: { profiles: number; events: number };
  traits: FieldSummary[];
  context: FieldSummary[];
  events: { name: string; sampled: number; properties: FieldSummary[] }[];
};

type Row = Record<string, unknown>;

async function run(db: RawDb, build: (params: SqlParams) => string): Promise<Row[]> {
  const params = SEGMENTS_DIALECTS[db.dialect].params();
  const sql = build(params);
  if (db.dialect === 'sqlite') {
    registerSegmentFunctions(db.sqlite);
    return db.sqlite.prepare(sql).all(sqliteBindings(params.values)) as Row[];
  }
  return (await db.pool.query(sql, params.values)).rows as Row[];
}

async function tally(db: RawDb, source: JsonSource, workspaceId: string, limit: number, top: number): Promise<Map<string, SchemaTally>> {
  const [types, values, counts] = await Promise.all([
    run(db, (p) => jsonPathTypesSql(db.dialect, source, p, workspaceId, limit)),
    run(db, (p) => jsonTopValuesSql(db.dialect, source, p, workspaceId, limit, top)),
    run(db, (p) => sampleCountsSql(db.dialect, source, p, workspaceId, limit)),
  ]);
  const prefix = source === 'properties' ? 'properties' : source;
  const byGroup = new Map<string, SchemaTally>();
  const group = (g: unknown) => {
    const key = String(g ?? '');
    let t = byGroup.get(key);
    if (!t) byGroup.set(key, (t = new SchemaTally(prefix)));
    return t;
  };
  for (const r of types) group(r.grp).addType(keysOfPath(r.path), String(r.type), Number(r.n), Number(r.dates));
  for (const r of values) group(r.grp).addValue(keysOfPath(r.path), String(r.type), r.value, Number(r.n));
  for (const r of counts) group(r.grp).documents = Number(r.n);
  return byGroup;
}

export async function discoverSchema(workspaceId: string, options: SchemaOptions = {}): Promise<DiscoveredSchemaSql> {
  const db = options.db ?? rawDb();
  const profiles = options.profileSample ?? 5_000;
  const events = options.eventSample ?? 20_000;
  const top = options.topValues ?? 10;
  const [traits, context, properties, names] = await Promise.all([
    tally(db, 'traits', workspaceId, profiles, top),
    tally(db, 'context', workspaceId, profiles, top),
    tally(db, 'properties', workspaceId, events, top),
    run(db, (p) => eventNamesSql(db.dialect, p, workspaceId, options.maxEventNames ?? 1_000)),
  ]);
  const contextFields = new Map((context.get('')?.summaries() ?? []).map((s) => [s.path.slice('context.'.length), s]));
  const eventList = names.map((r) => String(r.name)).map((name) => {
    const t = properties.get(name);
    return { name, sampled: t?.documents ?? 0, properties: t?.summaries() ?? [] };
  });
  return {
    sampled: { profiles: traits.get('')?.documents ?? 0, events: eventList.reduce((n, e) => n + e.sampled, 0) },
    traits: traits.get('')?.summaries() ?? [],
    // Only the context fields conditions can read, in their documented order.
    context: CONTEXT_STRING_FIELDS.flatMap((f) => {
      const s = contextFields.get(f);
      return s ? [{ ...s, path: f }] : [];
    }),
    events: eventList.sort((a, b) => b.sampled - a.sampled || a.name.localeCompare(b.name)),
  };
}

/** Trait and property paths a tree reads that no sampled profile or event holds (for a warning). */
export function unknownFields(tree: TreeDocument, schema: DiscoveredSchemaSql): string[] {
  const traits = new Set(schema.traits.map((f) => f.path));
  const props = new Map(schema.events.map((e) => [e.name, new Set(e.properties.map((p) => p.path))]));
  const unknown = new Set<string>();
  const visit = (c: Condition): void => {
    if (c.type === 'group') return c.conditions.forEach(visit);
    if (c.type === 'attribute' && (c.field.startsWith('traits.') || c.field === 'email')) {
      const path = c.field === 'email' ? 'traits.email' : c.field;
      if (!traits.has(path)) unknown.add(path);
    }
    if (c.type === 'event') {
      const known = props.get(c.event);
      for (const path of [...(c.where ?? []).map((w) => w.field), ...(c.property ? [c.property] : [])]) {
        if (!known?.has(path)) unknown.add(`${c.event}: ${path}`);
      }
    }
  };
  for (const n of tree.nodes) {
    if (n.type === 'split') visit(n.data.condition);
    if (n.type === 'switch') n.data.cases.forEach((c) => visit(c.condition));
  }
  return [...unknown];
}

export type { FieldSummary, ValueType };
