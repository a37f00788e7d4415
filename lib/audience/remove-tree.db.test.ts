import { expect, it } from 'vitest';
import { createTestWorkspace, describeDb } from '@/test/db-test';
import { prisma } from '@/lib/db/client';
import { ApiError } from '@/lib/api/errors';
import { createTree } from '@/lib/db/queries/trees/create-tree';
import { findTree } from '@/lib/db/queries/trees/find-tree';
import { removeTree } from './remove-tree';
import { splitTree } from './tests/seed';

describeDb('removeTree', () => {
  it('refuses while a slot serves content by the tree, naming the slot', async () => {
    const ws = await createTestWorkspace('remove');
    const tree = await createTree(ws.id, { name: 'T', description: '', document: splitTree({ type: 'attribute', field: 'traits.a', operator: 'is_set' }, { yes: 'a' }) as never });
    await prisma.slot.create({ data: { workspaceId: ws.id, key: 'home-hero', name: 'Home hero', treeId: tree.id } });
    const error = await removeTree(ws.id, tree.id).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('conflict');
    expect((error as ApiError).message).toMatch(/'Home hero' \(home-hero\)/);
    expect(await findTree(ws.id, tree.id)).not.toBeNull();

    await prisma.slot.updateMany({ where: { workspaceId: ws.id }, data: { treeId: null } });
    await removeTree(ws.id, tree.id);
    expect(await findTree(ws.id, tree.id)).toBeNull();
  });
});
