import { beforeAll, describe, expect, it } from 'vitest';
import { type EvaluationInput, compileTree, evaluateTree } from '@/lib/segments';
import { rawDb } from '@/lib/db/raw';
import { createTestWorkspace, describeDb } from '@/test/db-test';
import { listSegmentMembersSql } from './count-tree-sql';
import { bothCounts } from './tests/agreement';
import { AS_OF } from './tests/arb-values';
import { TABLE_CASES, TABLE_PROFILES } from './tests/table-cases';
import { clearWorkspace, insertProfiles } from './tests/test-data';
import { buildTree, splitTree } from './tests/trees';

// Table tests for the traps of docs/SQL-ENGINE.md: the expected members are written out (and
// checked against the core first), then the SQL engine must agree on counts and members.

describeDb('SQL engine: tricky cases', () => {
  let workspaceId = '';
  let inputs: EvaluationInput[] = [];
  beforeAll(async () => {
    workspaceId = (await createTestWorkspace('SQL table')).id;
    inputs = await insertProfiles(rawDb(), workspaceId, TABLE_PROFILES);
  });

  describe.each(TABLE_CASES)('%s', (_name, condition, expected) => {
    it('core and SQL put the same profiles on yes', async () => {
      const tree = splitTree(condition);
      const compiled = compileTree(tree);
      const coreYes = inputs.filter((i) => evaluateTree(compiled, i, { asOf: AS_OF }).segment === 'yes').map((i) => i.profile.externalId);
      expect(coreYes).toEqual(expected);
      const members = await listSegmentMembersSql(compiled, { db: rawDb(), workspaceId, asOf: AS_OF });
      const byId = new Map(inputs.map((i) => [Number(i.profile.id), i.profile.externalId]));
      expect(members.yes.map((id) => byId.get(id)).sort()).toEqual([...expected].sort());
      const { core, sql } = await bothCounts(rawDb(), workspaceId, inputs, tree, { asOf: AS_OF });
      expect(sql).toEqual(core);
    });
  });

  it('excludes for consent as the workspace setting says (opt-in: only JSON true)', async () => {
    const tree = splitTree({ type: 'group', combinator: 'and', conditions: [] });
    for (const requireOptIn of [false, true]) {
      const { core, sql } = await bothCounts(rawDb(), workspaceId, inputs, tree, { asOf: AS_OF, requireOptIn });
      expect(sql).toEqual(core);
      expect(sql.excludedNoConsent).toBe(requireOptIn ? TABLE_PROFILES.length - 1 : 1);
    }
  });

  it('segment conditions read the members passed in', async () => {
    const tree = splitTree({ type: 'segment', operator: 'not_in', segment: 'vip' });
    const { core, sql } = await bothCounts(rawDb(), workspaceId, inputs, tree, { asOf: AS_OF, segmentMembers: { vip: ['buyer', 'kelvin'] } });
    expect(sql).toEqual(core);
    expect(sql.segments.no).toBe(2);
  });

  it('walks a 450-deep chain (near the 500-node limit) and a 20-case switch', async () => {
    type Spec = Parameters<typeof buildTree>[0];
    let chain: Spec = { kind: 'segment' };
    for (let i = 0; i < 450; i++) {
      chain = { kind: 'split', condition: { type: 'attribute', field: 'traits.age', operator: 'lt', value: 450 - i }, yes: i % 10 ? null : { kind: 'segment' }, no: chain };
    }
    const cases = Array.from({ length: 20 }, (_, i) => ({ condition: { type: 'attribute', field: 'traits.city', operator: 'contains', value: 'istanbul'.slice(0, i % 9) }, next: i % 3 ? null : { kind: 'segment' as const } }));
    for (const tree of [buildTree(chain), buildTree({ kind: 'switch', cases, otherwise: null })]) {
      const { core, sql } = await bothCounts(rawDb(), workspaceId, inputs, tree, { asOf: AS_OF });
      expect(sql).toEqual(core);
    }
  }, 120_000);

  it('counts an empty workspace', async () => {
    const empty = (await createTestWorkspace('SQL empty')).id;
    await clearWorkspace(rawDb(), empty);
    const { core, sql } = await bothCounts(rawDb(), empty, [], splitTree({ type: 'attribute', field: 'lastSeenAt', operator: 'is_set' }), { asOf: AS_OF });
    expect(sql).toEqual(core);
  });
});
