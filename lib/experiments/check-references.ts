import type { Arm } from './arms';

// What an experiment points at must exist in its slot: the segment in the slot's tree, each
// arm's variant among the slot's variants. Pure: the caller loads the slot.

export interface SlotView {
  id: string;
  treeId: string | null;
  variants: readonly { id: string }[];
  segments: readonly { key: string }[];
}

export type ReferenceIssue = { path: (string | number)[]; message: string };

export function checkReferences(fields: { segmentKey: string | null; arms: readonly Arm[] }, slot: SlotView | undefined): ReferenceIssue[] {
  if (!slot) return [{ path: ['slotId'], message: 'No slot with that id in this workspace.' }];
  const issues: ReferenceIssue[] = [];
  if (fields.segmentKey !== null) {
    if (!slot.treeId) issues.push({ path: ['segmentKey'], message: 'This slot has no segmentation tree: run the experiment for all visitors (no segment).' });
    else if (!slot.segments.some((s) => s.key === fields.segmentKey)) {
      issues.push({ path: ['segmentKey'], message: `The slot’s tree has no published segment "${fields.segmentKey}".` });
    }
  }
  const variants = new Set(slot.variants.map((v) => v.id));
  fields.arms.forEach((arm, i) => {
    if (arm.variantId !== null && !variants.has(arm.variantId)) {
      issues.push({ path: ['arms', i, 'variantId'], message: `Arm "${arm.name}" shows a variant that is not in this slot.` });
    }
  });
  return issues;
}

/** Two running experiments of one slot overlap unless both target different single segments. */
export function audiencesOverlap(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}
