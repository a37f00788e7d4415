import { describe, expect, it } from 'vitest';
import { validateTree } from '@/lib/segments';
import { copyFragment, isFragment, pasteFragment } from './clipboard';
import { sampleTree } from './sample-tree.fixture';

describe('clipboard', () => {
  it('copies the selection with the connections inside it, never the root', () => {
    const fragment = copyFragment(sampleTree(), ['root', 'plan', 'pros', 'vip'])!;
    expect(fragment.nodes.map((n) => n.id)).toEqual(['vip', 'plan', 'pros']);
    expect(fragment.edges).toEqual([{ source: 'plan', target: 'pros', branch: 'pro' }]);
    expect(isFragment(JSON.parse(JSON.stringify(fragment)))).toBe(true);
    expect(copyFragment(sampleTree(), ['root'])).toBeUndefined();
  });

  it('pastes with fresh ids and keys, remapped connections, offset positions; twice is fine', () => {
    const doc = sampleTree();
    const fragment = copyFragment(doc, ['plan', 'pros'])!;
    const once = pasteFragment(doc, fragment);
    const twice = pasteFragment(once.doc, fragment);
    expect(twice.doc.nodes).toHaveLength(doc.nodes.length + 4);
    const ids = twice.doc.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    const [planCopy, prosCopy] = once.pasted.map((id) => once.doc.nodes.find((n) => n.id === id)!);
    expect(planCopy.position).toEqual({ x: 240, y: 340 });
    expect(prosCopy.type === 'segment' && prosCopy.data.key).toBe('pros-2');
    expect(once.doc.edges.at(-1)).toEqual({ source: planCopy.id, target: prosCopy.id, branch: 'pro' });
    const keys = twice.doc.nodes.flatMap((n) => (n.type === 'segment' ? [n.data.key] : []));
    expect(keys).toEqual(['vip', 'pros', 'pros-2', 'pros-3']);
    // The result is a valid document: the copies just wait to be connected.
    expect(validateTree(twice.doc).errors).toEqual([]);
  });

  it('pastes at a given point (the top-left of the fragment lands there)', () => {
    const doc = sampleTree();
    const { doc: next, pasted } = pasteFragment(doc, copyFragment(doc, ['vip', 'plan'])!, { x: 1000, y: 1000 });
    expect(pasted.map((id) => next.nodes.find((n) => n.id === id)!.position)).toEqual([
      { x: 1000, y: 1000 },
      { x: 1400, y: 1000 },
    ]);
  });
});
