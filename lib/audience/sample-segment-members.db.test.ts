import { expect, it } from 'vitest';
import { createTestWorkspace, describeDb } from '@/test/db-test';
import { evaluateTree } from '@/lib/segments';
import { ApiError } from '@/lib/api/errors';
import { createTree } from '@/lib/db/queries/trees/create-tree';
import { publishTree } from './publish-tree';
import { getIndex, rebuild } from '@/lib/audience-index/registry';
import { sampleSegmentMembers } from './sample-segment-members';
import { seedProfiles, splitTree } from './tests/seed';

const AS_OF = Date.parse('2024-06-15T12:00:00.000Z');

describeDb('sampleSegmentMembers', () => {
  it('pages through exactly the evaluator’s members, each with its described path', async () => {
    const ws = await createTestWorkspace('members');
    const inputs = await seedProfiles(
      ws.id,
      Array.from({ length: 23 }, (_, i) => ({
        externalId: `m${String(i).padStart(2, '0')}`,
        traits: { plan: i % 3 === 0 ? 'pro' : 'free' },
        consent: i === 3 ? { personalization: false } : {},
      })),
    );
    const document = splitTree({ type: 'attribute', field: 'traits.plan', operator: 'eq', value: 'pro' }, { yes: 'pro', no: 'free' });
    const tree = await createTree(ws.id, { name: 'Plans', description: '', document: document as never });
    await publishTree(ws.id, tree.id, null);

    const expected = inputs.filter((i) => evaluateTree(document, i, { asOf: AS_OF }).segment === 'pro').map((i) => i.profile.externalId);
    expect(expected).toHaveLength(7); // 0, 6, 9, …, 21 — not 3 (no consent)
    const pages = async () => {
      const seen: string[][] = [];
      let cursor: number | undefined;
      for (let n = 0; n < 10; n++) {
        const page = await sampleSegmentMembers(ws.id, 'pro', { limit: 3, cursor, asOf: AS_OF });
        expect(page.members.length).toBeLessThanOrEqual(3);
        seen.push(page.members.map((m) => m.externalId));
        if (!page.nextCursor) break;
        cursor = Number(page.nextCursor);
      }
      return seen;
    };
    // Before the index is built (the scan; a page may end early), then from the index's member ids.
    expect((await pages()).flat()).toEqual(expected);
    await rebuild(ws.id);
    expect(getIndex(ws.id)).not.toBeNull();
    expect(await pages()).toEqual([expected.slice(0, 3), expected.slice(3, 6), expected.slice(6)]);

    const [first] = (await sampleSegmentMembers(ws.id, 'pro', { limit: 1, asOf: AS_OF })).members;
    expect(first.traits).toEqual({ plan: 'pro' });
    expect(first.path).toEqual([
      { nodeId: 'root', kind: 'root', label: 'Everyone', branch: 'all' },
      { nodeId: 'split', kind: 'split', label: 'Test', branch: 'yes', outcome: true, description: 'Plan is "pro"' },
      { nodeId: 'seg-pro', kind: 'segment', label: 'PRO', segmentKey: 'pro' },
    ]);
  });

  it('404s for a key that is not published in the workspace', async () => {
    const ws = await createTestWorkspace('members-404');
    const error = await sampleSegmentMembers(ws.id, 'nope', { limit: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('not_found');
  });
});
