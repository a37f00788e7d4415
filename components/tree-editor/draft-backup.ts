import type { TreeDocument } from '@/lib/segments';

// Every edit is written to localStorage before it is sent: a failed save (offline, server
// down) or a closed tab never loses work. The copy is dropped once the
// server holds the same document.
const storageKey = (treeId: string) => `audience-studio:tree-draft:${treeId}`;

export function writeBackup(treeId: string, doc: TreeDocument): void {
  try {
    localStorage.setItem(storageKey(treeId), JSON.stringify({ savedAt: new Date().toISOString(), doc }));
  } catch {
    // Storage full or disabled (private mode): the server save still runs.
  }
}

export function clearBackup(treeId: string): void {
  try {
    localStorage.removeItem(storageKey(treeId));
  } catch {
    // nothing to clear
  }
}

/** The backed-up draft when it differs from what the server has; structurally checked only (drafts may be invalid). */
export function readBackup(treeId: string, serverDoc: TreeDocument): { doc: TreeDocument; savedAt: string } | undefined {
  try {
    const raw = localStorage.getItem(storageKey(treeId));
    if (!raw) return undefined;
    const backup = JSON.parse(raw) as { savedAt?: unknown; doc?: TreeDocument };
    const doc = backup.doc;
    if (!doc || doc.version !== 1 || !Array.isArray(doc.nodes) || !Array.isArray(doc.edges)) return undefined;
    if (JSON.stringify(doc) === JSON.stringify(serverDoc)) {
      clearBackup(treeId);
      return undefined;
    }
    return { doc, savedAt: typeof backup.savedAt === 'string' ? backup.savedAt : '' };
  } catch {
    return undefined;
  }
}

/** Same document for saving purposes: the server strips nothing we keep, so JSON equality is enough. */
export function sameDocument(a: TreeDocument, b: TreeDocument): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
