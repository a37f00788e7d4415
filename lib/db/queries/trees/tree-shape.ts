import type { TreeDocument } from '@/lib/segments';

// The columns every tree answer reads, and the one mapping to the public shape: status is
// derived (published once any version exists) so it can never disagree with the versions.
export const treeSummarySelect = {
  id: true,
  name: true,
  description: true,
  publishedVersion: true,
  createdAt: true,
  updatedAt: true,
  versions: { orderBy: { version: 'desc' }, take: 1, select: { version: true, publishedAt: true, segmentSizes: true } },
} as const;

type SummaryRow = {
  id: string;
  name: string;
  description: string;
  publishedVersion: number | null;
  createdAt: Date;
  updatedAt: Date;
  versions: { version: number; publishedAt: Date; segmentSizes: unknown }[];
};

export type TreeSummary = {
  id: string;
  name: string;
  description: string;
  status: 'draft' | 'published';
  publishedVersion: number | null;
  publishedAt: Date | null;
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
    segmentSizes: last ? (last.segmentSizes as Record<string, number>) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export type TreeWithDocument = TreeSummary & { document: TreeDocument };
