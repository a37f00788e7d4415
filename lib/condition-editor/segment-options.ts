// Segments a `segment` condition can name: the leaves of every published tree, from
// GET /api/v1/trees (each summary's segmentSizes holds its latest version's keys and sizes).

export type TreeSummaryJson = {
  id: string;
  name: string;
  publishedVersion: number | null;
  segmentSizes: Record<string, number> | null;
};

export type SegmentOption = { key: string; treeId: string; treeName: string; size: number };

/** Published segments, by tree name then key. A tree's own segments cannot be used in it. */
export function publishedSegments(trees: readonly TreeSummaryJson[], excludeTreeId?: string): SegmentOption[] {
  return trees
    .filter((t) => t.publishedVersion !== null && t.segmentSizes && t.id !== excludeTreeId)
    .flatMap((t) => Object.entries(t.segmentSizes!).map(([key, size]) => ({ key, treeId: t.id, treeName: t.name, size })))
    .sort((a, b) => a.treeName.localeCompare(b.treeName) || a.key.localeCompare(b.key));
}
