import { expect, it } from 'vitest';
import { createTestWorkspace, describeDb } from '@/test/db-test';
import { prisma } from '@/lib/db/client';
import { databaseUrl } from '@/lib/db/url';
import { seedWorkspace } from '@/lib/db/bulk/seed-workspace';
import { countAudience } from '@/lib/audience/count-audience';
import { publishTree } from '@/lib/audience/publish-tree';
import { sqlEngine } from '@/lib/audience/sql-engine';
import { compileTree } from '@/lib/segments';
import { createTree } from '@/lib/db/queries/trees/create-tree';
import { evaluateVisitor } from './evaluate';
import { invalidateEvaluation, workspaceState } from './workspace-state';
import { loyaltyTree, referenceTree } from './tests/agreement-trees';

// Issue 5, item 4: for 10,000 demo profiles, the segment the evaluation route answers equals
// the segment the counting engines put the profile in — the SQL engine's member lists, and
// the counts of countAudience (index or SQL) — for a tree with event, attribute and context
// conditions and a second tree that reads the first one's segment.
const PROFILES = 10_000;
const AS_OF = Date.UTC(2026, 9, 1, 12);

describeDb('evaluate agrees with the counting engines', () => {
  it(`on ${PROFILES.toLocaleString('en-US')} random demo profiles`, { timeout: 600_000 }, async () => {
    const ws = await createTestWorkspace('evaluate agreement');
    // Some refuse personalisation (the demo data has them too); opt-in stays off.
    await seedWorkspace(databaseUrl(), ws.id, { profiles: PROFILES, events: PROFILES * 12, seed: 5, asOf: AS_OF }, undefined, { freshShortcuts: false });
    const trees: { id: string; compiled: ReturnType<typeof compileTree> }[] = [];
    const publish = async (name: string, document: unknown) => {
      const compiled = compileTree(document);
      const tree = await createTree(ws.id, { name, description: '', document: compiled.document });
      await publishTree(ws.id, tree.id, null);
      invalidateEvaluation(ws.id); // as the publish route does
      trees.push({ id: tree.id, compiled });
    };
    const profiles = await prisma.profile.findMany({ where: { workspaceId: ws.id }, select: { id: true, externalId: true }, orderBy: { id: 'asc' } });
    expect(profiles).toHaveLength(PROFILES);
    const run = { workspaceId: ws.id, asOf: AS_OF, requireOptIn: false };

    /** Every profile through the evaluation path against the SQL engine's member lists; returns the tallies. */
    const compare = async () => {
      const engineSegment = new Map<number, (string | null)[]>();
      let members = {};
      for (const [i, tree] of trees.entries()) {
        // A later tree reads the earlier ones' segments.
        const own = await sqlEngine.members(tree.compiled, { ...run, segmentMembers: members });
        members = { ...members, ...own };
        for (const [key, ids] of Object.entries(own)) {
          for (const id of ids) {
            const row = engineSegment.get(id) ?? trees.map(() => null);
            row[i] = key;
            engineSegment.set(id, row);
          }
        }
      }
      const state = await workspaceState(ws.id);
      expect(state.trees.map((t) => t.treeId)).toEqual(trees.map((t) => t.id));
      const tally: Record<string, number>[] = trees.map(() => ({}));
      let mismatches = 0;
      let excluded = 0;
      for (const p of profiles) {
        const result = await evaluateVisitor(ws.id, state, { externalId: p.externalId, asOf: AS_OF });
        const got = result.segments.map((s) => s.segment);
        const want = engineSegment.get(p.id) ?? trees.map(() => null);
        if (got.some((key, i) => key !== want[i]) && mismatches++ < 5) expect.soft({ externalId: p.externalId, got }).toEqual({ externalId: p.externalId, got: want });
        got.forEach((key, i) => { if (key) tally[i][key] = (tally[i][key] ?? 0) + 1; });
        if (result.excludedNoConsent) excluded++;
      }
      expect(mismatches).toBe(0);
      return { tally, excluded };
    };

    // First the reference tree alone (only `last N` windows: the event window is bounded),
    // then with the second tree (`ever`, `between`, firstSeenAt, a segment reference).
    await publish('Reference', referenceTree());
    expect(Object.keys((await compare()).tally[0]).length).toBeGreaterThanOrEqual(6);
    await publish('Loyalty', loyaltyTree());
    const { tally, excluded } = await compare();

    // And the counts the editor shows, through the facade (index or SQL, whichever serves).
    for (const [i, tree] of trees.entries()) {
      const { counts } = await countAudience(ws.id, tree.compiled, { asOf: AS_OF });
      const nonZero = Object.fromEntries(Object.entries(counts.segments).filter(([, n]) => n > 0));
      expect(nonZero).toEqual(tally[i]);
      expect(counts.excludedNoConsent).toBe(excluded);
    }
    // The data exercises every path: several segments per tree, refusals, and unassigned profiles.
    expect(Object.keys(tally[0]).length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(tally[1]).length).toBeGreaterThanOrEqual(3);
    expect(excluded).toBeGreaterThan(0);
  });
});
