import { Badge } from '@/components/ui/badge';

/** Draft / published vN / draft changes since vN. */
export function TreeStatus({ publishedVersion, unpublishedChanges }: { publishedVersion: number | null; unpublishedChanges: boolean }) {
  if (publishedVersion === null) return <Badge tone="gray">Draft</Badge>;
  if (unpublishedChanges) return <Badge tone="amber">Draft changes since v{publishedVersion}</Badge>;
  return <Badge tone="green">Published v{publishedVersion}</Badge>;
}
