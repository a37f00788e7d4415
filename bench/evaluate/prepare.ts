// Run as its own process with DATABASE_URL set (the client reads it at import): makes the
// benchmark database ready for evaluation and prints one JSON line with what the load
// generator needs. Idempotent: the tree and slot are made once, a new key on every run.
//   node --conditions=react-server --import tsx bench/evaluate/prepare.ts <sampleSize>
import { prisma } from '@/lib/db/client';
import { createApiKey } from '@/lib/db/queries/api-keys/create-api-key';
import { createTree } from '@/lib/db/queries/trees/create-tree';
import { publishTreeVersion } from '@/lib/db/queries/trees/publish-tree-version';
import { compileTree } from '@/lib/segments';
import { referenceTree } from '@/lib/evaluate/tests/agreement-trees';

const TREE_NAME = 'Evaluate benchmark';
const BENCH_SLOT = 'home-hero';

async function main() {
  const sample = Number(process.argv[2] ?? 20000);
  const biggest = await prisma.profile.groupBy({ by: ['workspaceId'], _count: { _all: true }, orderBy: { _count: { workspaceId: 'desc' } }, take: 1 });
  if (!biggest[0]) throw new Error('the benchmark database holds no profiles; seed it first (docs/PERFORMANCE.md)');
  const workspaceId = biggest[0].workspaceId;

  let tree = await prisma.tree.findFirst({ where: { workspaceId, name: TREE_NAME }, select: { id: true, publishedVersion: true } });
  if (!tree?.publishedVersion) {
    const compiled = compileTree(referenceTree());
    const created = tree ?? (await createTree(workspaceId, { name: TREE_NAME, description: 'npm run bench -- evaluate', document: compiled.document }));
    const segments = compiled.document.nodes.flatMap((n) => (n.type === 'segment' ? [{ nodeId: n.id, ...n.data }] : []));
    // Published straight through the query (no count over a million profiles first): the
    // segment sizes are only shown in the editor, evaluation never reads them.
    await publishTreeVersion(workspaceId, created.id, { document: compiled.document, segmentSizes: {}, segments, publishedById: null });
    tree = { id: created.id, publishedVersion: 1 };
  }
  const slot = await prisma.slot.upsert({
    where: { workspaceId_key: { workspaceId, key: BENCH_SLOT } },
    create: { workspaceId, key: BENCH_SLOT, name: 'Home hero', treeId: tree.id },
    update: { treeId: tree.id },
  });
  if ((await prisma.variant.count({ where: { slotId: slot.id } })) === 0) {
    const content = (headline: string) => ({ headline, body: 'Picked for you, {{traits.firstName | "friend"}}.', imageUrl: '/img/{{segment.key | "all"}}.jpg', ctaText: 'Shop now', ctaUrl: '/shop?utm_source={{context.utm_source | "site"}}', layout: 'hero-left' });
    await prisma.variant.createMany({
      data: [
        { workspaceId, slotId: slot.id, segmentKey: null, name: 'Default', content: content('Welcome, {{traits.firstName | "there"}}') },
        { workspaceId, slotId: slot.id, segmentKey: 'vip', name: 'VIP', content: content('Your VIP picks, {{traits.firstName}}') },
        { workspaceId, slotId: slot.id, segmentKey: 'cart-abandoners', name: 'Cart', content: content('Still thinking it over?') },
        { workspaceId, slotId: slot.id, segmentKey: 'mobile-buyers', name: 'Mobile buyers', content: content('New in the app') },
      ],
    });
  }
  const { key } = await createApiKey(workspaceId, { name: 'evaluate benchmark', scopes: ['evaluate'] });

  // Random existing profiles: ids drawn uniformly between the smallest and largest.
  const range = await prisma.profile.aggregate({ where: { workspaceId }, _min: { id: true }, _max: { id: true }, _count: { _all: true } });
  const lo = range._min.id!;
  const hi = range._max.id!;
  const ids = Array.from({ length: sample }, () => lo + Math.floor(Math.random() * (hi - lo + 1)));
  const externalIds: string[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await prisma.profile.findMany({ where: { workspaceId, id: { in: ids.slice(i, i + 500) } }, select: { externalId: true } });
    externalIds.push(...rows.map((r) => r.externalId));
  }
  console.log(JSON.stringify({ workspaceId, key, profiles: range._count._all, treeId: tree.id, slot: BENCH_SLOT, externalIds }));
  await prisma.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
