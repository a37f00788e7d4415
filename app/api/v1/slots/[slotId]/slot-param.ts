import { ApiError } from '@/lib/api/errors';
import { findSlot } from '@/lib/db/queries/slots/find-slot';
import { findTreeSegment } from '@/lib/db/queries/slots/find-tree-segment';
import { publishedTreeExists } from '@/lib/db/queries/slots/published-tree-exists';

export type SlotParams = { slotId: string };

/** Variant content is at most a few KB of text; this leaves room for every field at its limit. */
export const VARIANT_MAX_BODY_BYTES = 64 * 1024;

export async function slotOr404(workspaceId: string, slotId: string) {
  const slot = await findSlot(workspaceId, slotId);
  if (!slot) throw new ApiError('not_found', 'No slot with that id in this workspace.');
  return slot;
}

/** A slot follows a published tree of its own workspace (its segments choose the variants). */
export async function assertPublishedTree(workspaceId: string, treeId: string | null | undefined) {
  if (!treeId || (await publishedTreeExists(workspaceId, treeId))) return;
  throw new ApiError('validation_failed', 'Pick a published tree of this workspace for the slot.', [
    { path: ['treeId'], message: 'No published tree with that id in this workspace. Publish the tree first.', code: 'unknown_tree' },
  ]);
}

/** A segment variant must name a segment of the slot's tree (null: the default variant). */
export async function assertSlotSegment(workspaceId: string, treeId: string | null, segmentKey: string | null | undefined) {
  if (segmentKey === null || segmentKey === undefined) return;
  const message = treeId
    ? `Segment '${segmentKey}' is not in the slot's tree (its latest published version).`
    : 'This slot has no tree yet: pick a published tree before adding segment variants, or add the default variant (segmentKey null).';
  if (treeId && (await findTreeSegment(workspaceId, treeId, segmentKey))) return;
  throw new ApiError('validation_failed', message, [{ path: ['segmentKey'], message, code: 'unknown_segment' }]);
}
