import 'server-only';
import { listTreeDocuments } from '@/lib/db/queries/segments/list-tree-documents';

/** Every segment key some tree of the workspace uses, in its draft or its last published version. */
export async function takenSegmentKeys(workspaceId: string): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const tree of await listTreeDocuments(workspaceId)) {
    for (const doc of [tree.draft, tree.published]) {
      for (const node of doc?.nodes ?? []) if (node.type === 'segment') keys.add(node.data.key);
    }
  }
  return keys;
}
