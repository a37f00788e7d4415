import { type TreeDocument, validateTree } from '@/lib/segments';
import { documentsDiffer } from '@/lib/tree-diff/diff-documents';

// The columns every tree answer reads, and the one mapping to the public shape: status is
// derived (published once any version exists) so it can never disagree with the versions.
export const treeSummarySelect = {
  id: true,
  name: true,
  description: true,
  publishedVersion: true,
  createdAt: true,
  updatedAt: true,
  document: true,
  versions: {
    orderBy: { version: 'desc' },
    take: 1,
    select: { version: true, publishedAt: true, publishedById: true, segmentSizes: true, document: true },
  },
} as const;

type SummaryRow = {
  id: string;
  name: string;
  description: string;
  publishedVersion: number | null;
  createdAt: Date;
  updatedAt: Date;
  document: unknown;
  versions: { version: number; publishedAt: Date; publishedById: string | null; segmentSizes: unknown; document: unknown }[];
};

/** A segment of the last published version with its size then, for lists and bars. */
export type PublishedSegmentSize = { key: string; name: string; color: string; size: number };

export type TreeSummary = {
  id: string;
  name: string;
  description: string;
  status: 'draft' | 'published';
  publishedVersion: number | null;
  publishedAt: Date | null;
  /** Who published the last version (a user id; null for an API key or before the first). */
  publishedById: string | null;
  /** The draft differs from the last published version (canvas positions aside). */
  unpublishedChanges: boolean;
  /** The last version's segments in document order, with their sizes then; null before the first. */
  segments: PublishedSegmentSize[] | null;
  /** Segment key → profiles at the last publish; null before the first. */
  segmentSizes: Record<string, number> | null;
  createdAt: Date;
  updatedAt: Date;
};

export function toTreeSummary(row: SummaryRow): TreeSummary {
  const last = row.versions[0];
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    status: last ? 'published' : 'draft',
    publishedVersion: last?.version ?? null,
    publishedAt: last?.publishedAt ?? null,
    publishedById: last?.publishedById ?? null,
    unpublishedChanges: last ? draftDiffers(last.document as TreeDocument, row.document) : false,
    segments: last ? publishedSegments(last.document as TreeDocument, last.segmentSizes as Record<string, number>) : null,
    segmentSizes: last ? (last.segmentSizes as Record<string, number>) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export type TreeWithDocument = TreeSummary & { document: TreeDocument };

function publishedSegments(document: TreeDocument, sizes: Record<string, number>): PublishedSegmentSize[] {
  return document.nodes.flatMap((n) => (n.type === 'segment' ? [{ key: n.data.key, name: n.data.name, color: n.data.color, size: sizes[n.data.key] ?? 0 }] : []));
}

/** A draft with problems (saved while being edited) cannot be diffed node by node: it differs. */
function draftDiffers(published: TreeDocument, draft: unknown): boolean {
  const valid = validateTree(draft).tree;
  return valid ? documentsDiffer(published, valid) : true;
}
