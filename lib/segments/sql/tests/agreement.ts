import { expect } from 'vitest';
import { type EvaluationInput, type TreeCounts, compileTree, countTree } from '@/lib/segments';
import type { RawDb } from '@/lib/db/raw';
import { countTreeSql } from '../count-tree-sql';
import { type TestProfile, clearWorkspace, insertProfiles } from './test-data';

export { splitTree } from './trees';

// The agreement check every SQL test uses: same data, same asOf, the SQL engine's counts
// must equal the core's countTree at every node (and in every other field).

export type AgreementOptions = { asOf: number; requireOptIn?: boolean; segmentMembers?: Record<string, string[]> };

/** Core and SQL counts for one tree over already inserted data (members given by externalId). */
export async function bothCounts(db: RawDb, workspaceId: string, inputs: EvaluationInput[], tree: unknown, options: AgreementOptions) {
  const compiled = compileTree(tree);
  const members = options.segmentMembers ?? {};
  const idOf = new Map(inputs.map((i) => [i.profile.externalId, Number(i.profile.id)]));
  const segmentMembers = Object.fromEntries(Object.entries(members).map(([k, ext]) => [k, ext.flatMap((e) => idOf.get(e) ?? [])]));
  const core = countTree(compiled, inputs, {
    asOf: options.asOf,
    requireOptIn: options.requireOptIn,
    segmentMembership: (ref, profile) => (members[ref.segmentKey] ?? []).includes(profile.externalId),
  });
  const sql = await countTreeSql(compiled, { db, workspaceId, asOf: options.asOf, requireOptIn: options.requireOptIn, segmentMembers });
  return { core, sql };
}

export async function expectAgreement(
  db: RawDb,
  workspaceId: string,
  profiles: readonly TestProfile[],
  trees: readonly unknown[],
  options: AgreementOptions,
): Promise<TreeCounts[]> {
  await clearWorkspace(db, workspaceId);
  const inputs = await insertProfiles(db, workspaceId, profiles);
  const results: TreeCounts[] = [];
  for (const tree of trees) {
    const { core, sql } = await bothCounts(db, workspaceId, inputs, tree, options);
    expect(sql).toEqual(core);
    results.push(sql);
  }
  return results;
}
