import { describe, expect, it } from 'vitest';
import { validateTree } from '@/lib/segments';
import { COLUMN_WIDTH, ROW_HEIGHT } from './build-document';
import { TREE_TEMPLATES, findTemplate } from './templates';
import { withUniqueSegmentKeys } from './unique-keys';

describe('tree templates', () => {
  it.each(TREE_TEMPLATES.map((t) => [t.name, t] as const))('%s is a valid tree with every branch connected', (_name, template) => {
    const { errors, warnings, tree } = validateTree(template.build());
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(tree!.nodes.filter((n) => n.type === 'segment').length).toBeGreaterThanOrEqual(4);
  });

  it('lays nodes out on a grid without overlaps, parents above children', () => {
    for (const template of TREE_TEMPLATES) {
      const doc = template.build();
      const spots = doc.nodes.map((n) => `${n.position.x},${n.position.y}`);
      expect(new Set(spots).size).toBe(spots.length);
      const y = new Map(doc.nodes.map((n) => [n.id, n.position.y]));
      for (const e of doc.edges) expect(y.get(e.target)! - y.get(e.source)!).toBe(ROW_HEIGHT);
      const leaves = doc.nodes.filter((n) => n.type === 'segment').map((n) => n.position.x).sort((a, b) => a - b);
      leaves.slice(1).forEach((x, i) => expect(x - leaves[i]).toBeGreaterThanOrEqual(COLUMN_WIDTH));
    }
  });

  it('keys are distinct across templates, and findTemplate finds each', () => {
    const keys = TREE_TEMPLATES.flatMap((t) => t.build().nodes.flatMap((n) => (n.type === 'segment' ? [n.data.key] : [])));
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of TREE_TEMPLATES) expect(findTemplate(t.key)).toBe(t);
    expect(findTemplate('nope')).toBeUndefined();
  });
});

describe('withUniqueSegmentKeys', () => {
  const doc = findTemplate('lifecycle')!.build();
  const keys = (d: typeof doc) => d.nodes.flatMap((n) => (n.type === 'segment' ? [n.data.key] : []));

  it('renames taken keys to the first free -2, -3, … and keeps the rest', () => {
    const out = withUniqueSegmentKeys(doc, ['lifecycle-new', 'lifecycle-new-2', 'lifecycle-lapsed']);
    expect(keys(out)).toEqual(['lifecycle-new-3', 'lifecycle-active', 'lifecycle-at-risk', 'lifecycle-lapsed-2']);
    expect(validateTree(out).errors).toEqual([]);
    expect(keys(withUniqueSegmentKeys(doc, []))).toEqual(keys(doc));
  });

  it('a copy of a copy counts on rather than growing the key', () => {
    const out = withUniqueSegmentKeys(withUniqueSegmentKeys(doc, keys(doc)), [...keys(doc), ...keys(doc).map((k) => `${k}-2`)]);
    expect(keys(out)[0]).toBe('lifecycle-new-3');
  });

  it('stays within 64 characters', () => {
    const long = 'x'.repeat(64);
    const d = { ...doc, nodes: doc.nodes.map((n) => (n.type === 'segment' && n.data.key === 'lifecycle-new' ? { ...n, data: { ...n.data, key: long } } : n)) };
    const out = keys(withUniqueSegmentKeys(d, [long]));
    expect(out[0]).toHaveLength(64);
    expect(out[0].endsWith('-2')).toBe(true);
  });
});
