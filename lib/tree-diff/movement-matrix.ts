import type { TreeDocument } from '@/lib/segments';
import type { Composite, Side } from './composite-tree';

/** What a composite's count gives back (a subset of the core's TreeCounts). */
export type CompositeCounts = {
  segments: Record<string, number>;
  unassignedAt: Record<string, Record<string, number>>;
};

export type MovementMatrix = {
  /** Rows: the published version's segment keys in document order, then null (unassigned). */
  from: Side[];
  /** Columns: the draft's segment keys in document order, then null (unassigned). */
  to: Side[];
  /** counts[row][column]: profiles in `from[row]` now and in `to[column]` after publishing. */
  counts: number[][];
  /** Profiles whose segment changes (off the diagonal, matching keys compared). */
  moved: number;
};

const segmentKeys = (document: TreeDocument): Side[] => [
  ...document.nodes.flatMap((n) => (n.type === 'segment' ? [n.data.key] : [])),
  null,
];

/** Adds up the composites' synthetic counts into the (from × to) matrix. */
export function movementMatrix(
  published: TreeDocument,
  draft: TreeDocument,
  composites: readonly Composite[],
  counts: readonly CompositeCounts[],
): MovementMatrix {
  const from = segmentKeys(published);
  const to = segmentKeys(draft);
  const matrix = from.map(() => to.map(() => 0));
  const add = (cell: { from: Side; to: Side }, n: number) => {
    const row = from.indexOf(cell.from);
    const column = to.indexOf(cell.to);
    if (row < 0 || column < 0) throw new Error('A composite cell names a segment neither document has.');
    matrix[row][column] += n;
  };
  composites.forEach((composite, i) => {
    for (const [key, cell] of Object.entries(composite.segmentCells)) add(cell, counts[i].segments[key] ?? 0);
    for (const [nodeId, branches] of Object.entries(composite.openCells)) {
      for (const [branch, cell] of Object.entries(branches)) add(cell, counts[i].unassignedAt[nodeId]?.[branch] ?? 0);
    }
  });
  let moved = 0;
  from.forEach((f, r) => to.forEach((t, c) => {
    if (f !== t) moved += matrix[r][c];
  }));
  return { from, to, counts: matrix, moved };
}
