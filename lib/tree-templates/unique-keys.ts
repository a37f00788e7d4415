import type { TreeDocument } from '@/lib/segments';

/** SEGMENT_KEY (lib/segments) allows 64 characters. */
const SEGMENT_KEY_MAX_LENGTH = 64;

/**
 * The document with every segment key that is already `taken` in the workspace renamed to
 * the first free `<key>-2`, `<key>-3`, … Keys are unique per workspace, so a tree created
 * from a template twice, or duplicated, would otherwise fail to publish.
 */
export function withUniqueSegmentKeys(document: TreeDocument, taken: Iterable<string>): TreeDocument {
  const used = new Set(taken);
  const nodes = document.nodes.map((node) => {
    if (node.type !== 'segment') return node;
    let key = node.data.key;
    if (used.has(key)) {
      const base = key.replace(/-\d+$/, '');
      for (let n = 2; used.has(key); n++) key = `${base.slice(0, SEGMENT_KEY_MAX_LENGTH - String(n).length - 1)}-${n}`;
    }
    used.add(key);
    return key === node.data.key ? node : { ...node, data: { ...node.data, key } };
  });
  return { ...document, nodes };
}
