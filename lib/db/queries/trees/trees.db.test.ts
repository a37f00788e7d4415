import { expect, it } from 'vitest';
import { createTestWorkspace, describeDb } from '@/test/db-test';
import type { TreeDocument } from '@/lib/segments';
import { createTree } from './create-tree';
import { deleteTree } from './delete-tree';
import { findTree } from './find-tree';
import { listTreeVersions } from './list-tree-versions';
import { listTrees } from './list-trees';
import { publishTreeVersion } from './publish-tree-version';
import { updateTree } from './update-tree';

const rootOnly: TreeDocument = { version: 1, nodes: [{ id: 'root', type: 'root', position: { x: 0, y: 0 } }], edges: [] };
const withSegment = (key: string): TreeDocument => ({
  version: 1,
  nodes: [
    { id: 'root', type: 'root', position: { x: 0, y: 0 } },
    { id: 's', type: 'segment', position: { x: 0, y: 100 }, data: { key, name: key, color: '#112233' } },
  ],
  edges: [{ source: 'root', target: 's', branch: 'all' }],
});
const publishInput = (document: TreeDocument, sizes: Record<string, number>) => ({
  document,
  segmentSizes: sizes,
  segments: document.nodes.flatMap((n) => (n.type === 'segment' ? [{ nodeId: n.id, ...n.data }] : [])),
  publishedById: null,
});

describeDb('tree queries', () => {
  it('create, find, update, list and delete stay inside the workspace', async () => {
    const ws = await createTestWorkspace('trees');
    const other = await createTestWorkspace('trees-other');
    const tree = await createTree(ws.id, { name: 'First', description: 'd', document: rootOnly });
    expect(tree).toMatchObject({ name: 'First', description: 'd', status: 'draft', publishedVersion: null, publishedAt: null, segmentSizes: null, document: rootOnly });

    expect(await findTree(other.id, tree.id)).toBeNull();
    expect(await updateTree(other.id, tree.id, { name: 'Stolen' })).toBeNull();
    expect(await deleteTree(other.id, tree.id)).toBe(false);
    expect(await listTreeVersions(other.id, tree.id)).toBeNull();
    expect(await listTrees(other.id)).toEqual([]);

    const updated = await updateTree(ws.id, tree.id, { name: 'Renamed', document: withSegment('a') });
    expect(updated).toMatchObject({ name: 'Renamed', description: 'd', document: withSegment('a') });
    const second = await createTree(ws.id, { name: 'Second', description: '', document: rootOnly });
    expect((await listTrees(ws.id)).map((t) => t.id).sort()).toEqual([tree.id, second.id].sort());

    expect(await deleteTree(ws.id, tree.id)).toBe(true);
    expect(await findTree(ws.id, tree.id)).toBeNull();
    expect((await listTrees(ws.id)).map((t) => t.name)).toEqual(['Second']);
  });

  it('publishing numbers versions per tree and keeps earlier ones unchanged', async () => {
    const ws = await createTestWorkspace('versions');
    const tree = await createTree(ws.id, { name: 'T', description: '', document: withSegment('one') });
    const v1 = await publishTreeVersion(ws.id, tree.id, publishInput(withSegment('one'), { one: 3 }));
    const v2 = await publishTreeVersion(ws.id, tree.id, publishInput(withSegment('two'), { two: 5 }));
    expect([v1.version, v2.version]).toEqual([1, 2]);

    const summary = (await listTrees(ws.id))[0];
    expect(summary).toMatchObject({ status: 'published', publishedVersion: 2, segmentSizes: { two: 5 } });
    expect(summary.publishedAt).toBeInstanceOf(Date);
    const versions = await listTreeVersions(ws.id, tree.id);
    expect(versions!.map((v) => [v.version, v.segmentSizes, v.document])).toEqual([
      [2, { two: 5 }, withSegment('two')],
      [1, { one: 3 }, withSegment('one')],
    ]);

    // Another tree has its own numbering, and cannot take a key this one owns.
    const next = await createTree(ws.id, { name: 'U', description: '', document: withSegment('two') });
    const conflict = await publishTreeVersion(ws.id, next.id, publishInput(withSegment('two'), { two: 0 })).catch((e: unknown) => e);
    expect(conflict).toMatchObject({ code: 'conflict' });
    expect((await publishTreeVersion(ws.id, next.id, publishInput(withSegment('three'), { three: 0 }))).version).toBe(1);

    // Concurrent publishes of one tree still get distinct, consecutive numbers.
    const results = await Promise.all([1, 2, 3].map(() => publishTreeVersion(ws.id, tree.id, publishInput(withSegment('two'), { two: 1 }))));
    expect(results.map((r) => r.version).sort()).toEqual([3, 4, 5]);
  });
});
