import { prisma } from '@/lib/db/client';

// Read-only: what an experiment can point at. Slots and variants belong to the content API
// (another module owns their writes); the experiment form and its validation only read them.

export interface SlotOption {
  id: string;
  key: string;
  name: string;
  treeId: string | null;
  treeName: string | null;
  variants: { id: string; name: string; segmentKey: string | null }[];
  /** Segments of the slot's tree (its last publish), for "run in one segment". */
  segments: { key: string; name: string; color: string }[];
}

/** Every slot of the workspace (or the one with `slotId`), with its variants and its tree's segments. */
export async function listSlotOptions(workspaceId: string, slotId?: string): Promise<SlotOption[]> {
  const slots = await prisma.slot.findMany({
    where: { workspaceId, ...(slotId ? { id: slotId } : {}) },
    select: {
      id: true, key: true, name: true, treeId: true,
      tree: { select: { name: true, segments: { select: { key: true, name: true, color: true }, orderBy: { key: 'asc' } } } },
      variants: { select: { id: true, name: true, segmentKey: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return slots.map(({ tree, ...slot }) => ({ ...slot, treeName: tree?.name ?? null, segments: tree?.segments ?? [] }));
}
