import { expect, it } from 'vitest';
import { describeDb, createTestWorkspace } from '@/test/db-test';

// Prisma's connection and the raw driver handle must see each other's commits at once. On
// SQLite this fails when the Prisma adapter loads its own copy of better-sqlite3 (two SQLite
// libraries in one process do not share file locks); package.json's override prevents that.
describeDb('Prisma and the raw driver handle share one database', () => {
  it('a row committed through Prisma is visible to the raw handle, and back', async () => {
    const { prisma } = await import('@/lib/db/client');
    const { rawDb } = await import('@/lib/db/raw');
    const ws = await createTestWorkspace('raw');
    const raw = rawDb();
    const readName = async () =>
      raw.dialect === 'sqlite'
        ? (raw.sqlite.prepare('SELECT "name" FROM "Workspace" WHERE "id" = ?').get(ws.id) as { name: string } | undefined)?.name
        : (await raw.pool.query('SELECT "name" FROM "Workspace" WHERE "id" = $1', [ws.id])).rows[0]?.name;
    expect(await readName()).toBe(ws.name);

    if (raw.dialect === 'sqlite') raw.sqlite.prepare('UPDATE "Workspace" SET "name" = ? WHERE "id" = ?').run('renamed raw', ws.id);
    else await raw.pool.query('UPDATE "Workspace" SET "name" = $1 WHERE "id" = $2', ['renamed raw', ws.id]);
    expect((await prisma.workspace.findUniqueOrThrow({ where: { id: ws.id } })).name).toBe('renamed raw');

    await prisma.workspace.update({ where: { id: ws.id }, data: { name: 'renamed prisma' } });
    expect(await readName()).toBe('renamed prisma');
  });
});
