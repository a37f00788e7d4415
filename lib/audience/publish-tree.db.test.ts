import { expect, it } from 'vitest';
import { createTestWorkspace, describeDb } from '@/test/db-test';
import { countTree } from '@/lib/segments';
import { prisma } from '@/lib/db/client';
import { ApiError } from '@/lib/api/errors';
import { createTree } from '@/lib/db/queries/trees/create-tree';
import { listTreeVersions } from '@/lib/db/queries/trees/list-tree-versions';
import { updateTree } from '@/lib/db/queries/trees/update-tree';
import { publishTree } from './publish-tree';
import { removeTree } from './remove-tree';
import { seedProfiles, splitTree } from './tests/seed';

const age = (value: number) => ({ type: 'attribute', field: 'traits.age', operator: 'gte', value });
const doc = (tree: unknown) => tree as never;

async function rejects(promise: Promise<unknown>, code: string, message: RegExp) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).code).toBe(code);
  expect((error as ApiError).message).toMatch(message);
}

describeDb('publishTree', () => {
  it('numbers immutable versions, stores sizes at publish and mirrors segments', async () => {
    const ws = await createTestWorkspace('publish');
    const inputs = await seedProfiles(ws.id, Array.from({ length: 12 }, (_, i) => ({ externalId: `u${i}`, traits: { age: 20 + i * 3 } })));
    const first = splitTree(age(30), { yes: 'over-30', no: 'under-30' });
    const tree = await createTree(ws.id, { name: 'Ages', description: '', document: doc(first) });

    const v1 = await publishTree(ws.id, tree.id, null);
    expect(v1.version).toBe(1);
    expect(v1.segmentSizes).toEqual(countTree(first, inputs, { asOf: Date.now() }).segments);
    expect(v1.segmentSizes).toEqual({ 'over-30': 8, 'under-30': 4 });

    const second = splitTree(age(40), { yes: 'over-30', no: 'rest' });
    await updateTree(ws.id, tree.id, { document: doc(second) });
    const v2 = await publishTree(ws.id, tree.id, null);
    expect(v2.version).toBe(2);
    expect(v2.segmentSizes).toEqual({ 'over-30': 5, rest: 7 });

    const versions = await listTreeVersions(ws.id, tree.id);
    expect(versions!.map((v) => v.version)).toEqual([2, 1]);
    expect(versions![1].segmentSizes).toEqual(v1.segmentSizes);
    expect(versions![1].document).toEqual(first);

    const segments = await prisma.segment.findMany({ where: { workspaceId: ws.id }, orderBy: { key: 'asc' } });
    expect(segments.map((s) => [s.key, s.treeId, s.name])).toEqual([['over-30', tree.id, 'OVER-30'], ['rest', tree.id, 'REST']]);
  });

  it('refuses a key another tree owns (409) and dropping or deleting a segment in use (409)', async () => {
    const ws = await createTestWorkspace('publish-conflicts');
    await seedProfiles(ws.id, [{ externalId: 'a', traits: { age: 50 } }]);
    const owner = await createTree(ws.id, { name: 'Owner', description: '', document: doc(splitTree(age(30), { yes: 'vip' })) });
    await publishTree(ws.id, owner.id, null);

    const rival = await createTree(ws.id, { name: 'Rival', description: '', document: doc(splitTree(age(10), { yes: 'vip' })) });
    await rejects(publishTree(ws.id, rival.id, null), 'conflict', /'vip' is used by tree 'Owner'/);
    expect(await listTreeVersions(ws.id, rival.id)).toEqual([]);

    const user = await createTree(ws.id, { name: 'User', description: '', document: doc(splitTree({ type: 'segment', operator: 'in', segment: 'vip' }, { yes: 'vip-too' })) });
    await publishTree(ws.id, user.id, null);
    await updateTree(ws.id, owner.id, { document: doc(splitTree(age(30), { yes: 'vip-2' })) });
    await rejects(publishTree(ws.id, owner.id, null), 'conflict', /'vip' \(used by tree 'User'\)/);
    await rejects(removeTree(ws.id, owner.id), 'conflict', /used by tree 'User'/);

    // Once the user is gone, both work.
    await removeTree(ws.id, user.id);
    expect((await publishTree(ws.id, owner.id, null)).version).toBe(2);
    await removeTree(ws.id, owner.id);
    expect(await prisma.segment.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it('only publishes trees of its own workspace', async () => {
    const ws = await createTestWorkspace('publish-mine');
    const other = await createTestWorkspace('publish-theirs');
    const tree = await createTree(ws.id, { name: 'Mine', description: '', document: doc(splitTree(age(1), { yes: 'mine' })) });
    await rejects(publishTree(other.id, tree.id, null), 'not_found', /No tree/);
    await rejects(removeTree(other.id, tree.id), 'not_found', /No tree/);
    expect(await listTreeVersions(ws.id, tree.id)).toEqual([]);
  });
});
