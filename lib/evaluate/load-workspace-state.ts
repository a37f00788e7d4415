import 'server-only';
import { compilePublished } from '@/lib/audience/compile-published';
import type { VariantContent } from '@/lib/content';
import { prisma } from '@/lib/db/client';
import { storedArms } from '@/lib/experiments/arms';
import type { CompiledTree, TreeDocument } from '@/lib/segments';
import { eventNeeds } from './core/event-needs';
import { orderTrees } from './core/order-trees';
import type { PublishedTree, RunningExperiment, SlotState, VariantState, WorkspaceState } from './core/types';

/** Compiled versions survive reloads: a version is immutable, so (treeId, version) names one document. */
export type CompiledCache = Map<string, CompiledTree>;

/**
 * Reads and compiles what evaluation needs: each tree's latest published version and every
 * slot with its variants, and the running experiments of each slot. Runs only when the workspace's stamp changed (workspace-state.ts),
 * so it may use the ORM. A version that no longer compiles is left out and logged: one bad
 * tree must not take every visitor's content down.
 */
export async function loadWorkspaceState(workspaceId: string, requireOptIn: boolean, compiledCache: CompiledCache): Promise<WorkspaceState> {
  const [trees, slots, experiments] = await Promise.all([
    prisma.tree.findMany({
      where: { workspaceId, publishedVersion: { not: null } },
      select: { id: true, name: true, versions: { orderBy: { version: 'desc' }, take: 1, select: { version: true, document: true } } },
      orderBy: { id: 'asc' },
    }),
    prisma.slot.findMany({
      where: { workspaceId },
      select: { id: true, key: true, treeId: true, variants: { select: { id: true, name: true, segmentKey: true, content: true } } },
    }),
    prisma.experiment.findMany({
      where: { workspaceId, status: 'running' },
      select: { id: true, key: true, slotId: true, segmentKey: true, status: true, arms: true },
      orderBy: { id: 'asc' },
    }),
  ]);
  const published: PublishedTree[] = [];
  for (const tree of trees) {
    const latest = tree.versions[0];
    if (!latest) continue;
    const cacheKey = `${tree.id}:${latest.version}`;
    let compiled = compiledCache.get(cacheKey);
    if (!compiled) {
      try {
        compiled = compilePublished(latest.document as TreeDocument, { treeName: tree.name, version: latest.version });
      } catch (error) {
        console.error(`[evaluate] skipping tree ${tree.id} v${latest.version}:`, error instanceof Error ? error.message : error);
        continue;
      }
      compiledCache.set(cacheKey, compiled);
    }
    published.push(describeTree(tree.id, tree.name, latest.version, compiled));
  }
  const ordered = orderTrees(published);
  const slotStates = slots.map(toSlotState);
  return {
    requireOptIn,
    trees: ordered,
    slots: new Map(slotStates.map((s) => [s.key, s])),
    needs: eventNeeds(ordered.map((t) => t.compiled)),
    experiments: runningBySlot(experiments, slotStates),
  };
}

type ExperimentRow = { id: string; key: string; slotId: string; segmentKey: string | null; status: string; arms: unknown };

/**
 * Running experiments grouped by slot, each arm's variant looked up once here rather than per
 * request. An arm whose variant has since been deleted shows the slot's normal content; an
 * arm with content of its own shows that, under the arm's name.
 */
function runningBySlot(rows: ExperimentRow[], slots: SlotState[]): Map<string, RunningExperiment[]> {
  const variantsById = new Map<string, VariantState>();
  for (const slot of slots) for (const v of slot.variants.values()) variantsById.set(v.id, v);
  const bySlot = new Map<string, RunningExperiment[]>();
  for (const row of rows) {
    const arms = storedArms(row.arms);
    const running: RunningExperiment = {
      id: row.id, key: row.key, status: row.status, segmentKey: row.segmentKey, arms,
      armVariants: arms.map((a) =>
        a.content !== null ? { id: null, name: a.name, segmentKey: null, content: a.content }
        : a.variantId === null ? null
        : (variantsById.get(a.variantId) ?? null)),
    };
    bySlot.set(row.slotId, [...(bySlot.get(row.slotId) ?? []), running]);
  }
  return bySlot;
}

function describeTree(treeId: string, treeName: string, version: number, compiled: CompiledTree): PublishedTree {
  const labels = new Map<string, string>();
  const segmentNames = new Map<string, string>();
  for (const node of compiled.document.nodes) {
    if (node.type === 'segment') {
      labels.set(node.id, node.data.name);
      segmentNames.set(node.data.key, node.data.name);
    } else {
      labels.set(node.id, node.data?.label || (node.type === 'root' ? 'Everyone' : node.id));
    }
  }
  return { treeId, treeName, version, compiled, labels, segmentNames };
}

type SlotRow = { id: string; key: string; treeId: string | null; variants: { id: string; name: string; segmentKey: string | null; content: unknown }[] };

function toSlotState(slot: SlotRow): SlotState {
  const variants = new Map<string | null, VariantState>();
  for (const v of slot.variants) variants.set(v.segmentKey, { id: v.id, name: v.name, segmentKey: v.segmentKey, content: v.content as VariantContent });
  return { id: slot.id, key: slot.key, treeId: slot.treeId, variants };
}
