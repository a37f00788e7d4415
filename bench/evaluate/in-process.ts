// Run as its own process with DATABASE_URL set: the evaluation path without HTTP or
// Next.js (cached workspace state, one profile's rows through the driver, the evaluator,
// rendering), sequentially for random externalIds. Prints one JSON line.
//   node --conditions=react-server --import tsx bench/evaluate/in-process.ts <settings.json> <requests>
import { readFileSync } from 'node:fs';
import { evaluateVisitor } from '@/lib/evaluate/evaluate';
import { workspaceState } from '@/lib/evaluate/workspace-state';
import { closeRawDb } from '@/lib/db/raw';
import { prisma } from '@/lib/db/client';

const s = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { workspaceId: string; externalIds: string[]; slot: string };
const n = Number(process.argv[3] ?? 5000);
const state = await workspaceState(s.workspaceId);
const times: number[] = [];
for (let i = 0; i < n; i++) {
  const externalId = s.externalIds[Math.floor(Math.random() * s.externalIds.length)];
  const t = performance.now();
  await evaluateVisitor(s.workspaceId, state, { externalId, slots: [s.slot] });
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const at = (q: number) => Math.round(times[Math.floor(q * (n - 1))] * 1000) / 1000;
console.log(JSON.stringify({ requests: n, meanMs: Math.round((times.reduce((a, b) => a + b, 0) / n) * 1000) / 1000, p50Ms: at(0.5), p99Ms: at(0.99) }));
await closeRawDb();
await prisma.$disconnect();
