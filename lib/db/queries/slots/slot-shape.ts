import type { VariantContent } from '@/lib/content';

// The columns every slot and variant answer reads, and the one mapping to the public shape.
export const variantSelect = {
  id: true, slotId: true, name: true, segmentKey: true, content: true, createdAt: true, updatedAt: true,
} as const;

export const slotSelect = {
  id: true, key: true, name: true, treeId: true, createdAt: true, updatedAt: true,
  _count: { select: { variants: true } },
} as const;

type SlotRow = { id: string; key: string; name: string; treeId: string | null; createdAt: Date; updatedAt: Date; _count: { variants: number } };
type VariantRow = { id: string; slotId: string; name: string; segmentKey: string | null; content: unknown; createdAt: Date; updatedAt: Date };

export type SlotSummary = Omit<SlotRow, '_count'> & { variantCount: number };
export type VariantRecord = Omit<VariantRow, 'content'> & { content: VariantContent };

export function toSlotSummary({ _count, ...row }: SlotRow): SlotSummary {
  return { ...row, variantCount: _count.variants };
}

/** Stored content was validated with variantContentSchema on the way in, so the type holds. */
export function toVariant(row: VariantRow): VariantRecord {
  return { ...row, content: row.content as VariantContent };
}
