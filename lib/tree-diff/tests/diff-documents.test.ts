import { describe, expect, it } from 'vitest';
import type { TreeDocument } from '@/lib/segments';
import { diffDocuments, documentsDiffer } from '../diff-documents';

const age = (value: number) => ({ type: 'attribute' as const, field: 'traits.age', operator: 'gte' as const, value });
const mobile = { type: 'context' as const, field: 'device' as const, operator: 'eq' as const, value: 'mobile' };
const at = { x: 0, y: 0 };

const base: TreeDocument = {
  version: 1,
  nodes: [
    { id: 'root', type: 'root', position: at, data: { label: 'Everyone' } },
    { id: 'age', type: 'split', position: at, data: { label: 'Adults', condition: age(18) } },
    { id: 'dev', type: 'switch', position: at, data: { label: 'Device', cases: [{ id: 'm', label: 'Mobile', condition: mobile }] } },
    { id: 'a', type: 'segment', position: at, data: { key: 'a', name: 'A', color: '#111111' } },
    { id: 'b', type: 'segment', position: at, data: { key: 'b', name: 'B', color: '#222222' } },
  ],
  edges: [
    { source: 'root', target: 'age', branch: 'all' },
    { source: 'age', target: 'dev', branch: 'yes' },
    { source: 'dev', target: 'a', branch: 'm' },
    { source: 'age', target: 'b', branch: 'no' },
  ],
};

type Edit = (doc: TreeDocument) => TreeDocument;
const mapNode = (id: string, f: (n: any) => any): Edit => (doc) => ({ ...doc, nodes: doc.nodes.map((n) => (n.id === id ? f(structuredClone(n)) : n)) });

// [name, edit, expected: {added, removed, changed: {nodeId: [what…]}}]
const cases: [string, Edit, { added?: string[]; removed?: string[]; changed?: Record<string, string[]> }][] = [
  ['no change', (d) => d, {}],
  ['moving nodes is not a change', mapNode('age', (n) => ({ ...n, position: { x: 500, y: 9 } })), {}],
  ['a condition', mapNode('age', (n) => ({ ...n, data: { ...n.data, condition: age(21) } })), { changed: { age: ['condition'] } }],
  ['a label', mapNode('age', (n) => ({ ...n, data: { ...n.data, label: 'Grown-ups' } })), { changed: { age: ['label'] } }],
  ['switch cases', mapNode('dev', (n) => ({ ...n, data: { ...n.data, cases: [{ id: 'm', label: 'Phones', condition: mobile }] } })), { changed: { dev: ['cases'] } }],
  ['segment key, name and colour', mapNode('a', (n) => ({ ...n, data: { key: 'a2', name: 'A two', color: '#333333' } })), { changed: { a: ['segment-key', 'segment-name', 'segment-color'] } }],
  ['rewiring a branch', (d) => ({ ...d, edges: d.edges.map((e) => (e.source === 'dev' ? { ...e, branch: 'else' } : e)) }), { changed: { dev: ['wiring'] } }],
  ['a node added and connected', (d) => ({
    ...d,
    nodes: [...d.nodes, { id: 'c', type: 'segment', position: at, data: { key: 'c', name: 'C', color: '#444444' } }],
    edges: [...d.edges, { source: 'dev', target: 'c', branch: 'else' }],
  }), { added: ['c'], changed: { dev: ['wiring'] } }],
  ['a node removed', (d) => ({ ...d, nodes: d.nodes.filter((n) => n.id !== 'b'), edges: d.edges.filter((e) => e.target !== 'b') }), { removed: ['b'], changed: { age: ['wiring'] } }],
  ['a node changing kind', mapNode('b', (n) => ({ ...n, type: 'split', data: { condition: age(40) } })), { changed: { b: ['kind'] } }],
];

describe('diffDocuments', () => {
  it.each(cases)('%s', (_name, edit, expected) => {
    const diff = diffDocuments(base, edit(structuredClone(base)));
    expect(diff.added.map((n) => n.nodeId)).toEqual(expected.added ?? []);
    expect(diff.removed.map((n) => n.nodeId)).toEqual(expected.removed ?? []);
    expect(Object.fromEntries(diff.changed.map((c) => [c.nodeId, c.changes.map((x) => x.what)]))).toEqual(expected.changed ?? {});
    expect(documentsDiffer(base, edit(structuredClone(base)))).toBe(Object.keys(expected).length > 0);
  });

  it('describes both sides in words', () => {
    const diff = diffDocuments(base, mapNode('age', (n) => ({ ...n, data: { ...n.data, condition: age(21) } }))(base));
    expect(diff.changed[0]).toMatchObject({ nodeId: 'age', label: 'Adults', kind: 'split' });
    expect(diff.changed[0].changes[0].before).toMatch(/18/);
    expect(diff.changed[0].changes[0].after).toMatch(/21/);
    const rewired = diffDocuments(base, { ...base, edges: base.edges.filter((e) => e.target !== 'b') });
    expect(rewired.changed[0].changes[0]).toEqual({ what: 'wiring', before: 'yes → Device, no → B', after: 'yes → Device, no → (not connected)' });
    expect(rewired.unchanged).toBe(4);
  });
});
