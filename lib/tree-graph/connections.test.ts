import { describe, expect, it } from 'vitest';
import { checkConnection, type ConnectionRequest } from './connections';
import { addNodes, connect } from './edit';
import { sampleTree } from './sample-tree.fixture';

const doc = addNodes(sampleTree(), [
  { id: 'loose', type: 'segment', position: { x: 0, y: 0 }, data: { key: 'loose', name: 'Loose', color: '#000000' } },
  { id: 'free-split', type: 'split', position: { x: 0, y: 0 }, data: { condition: { type: 'attribute', field: 'email', operator: 'is_set' } } },
]);

// [name, request, expected: true = allowed, or a fragment of the refusal reason]
const cases: [string, ConnectionRequest, true | string][] = [
  ['open switch else → loose segment', { source: 'plan', branch: 'else', target: 'loose' }, true],
  ['open case → unconnected split', { source: 'plan', branch: 'free', target: 'free-split' }, true],
  ['into the root', { source: 'plan', branch: 'else', target: 'root' }, 'into the root'],
  ['to itself', { source: 'free-split', branch: 'yes', target: 'free-split' }, 'itself'],
  ['out of a segment', { source: 'vip', branch: 'yes', target: 'loose' }, 'end point'],
  ['unknown branch', { source: 'age', branch: 'maybe', target: 'loose' }, 'branches'],
  ['missing handle', { source: 'age', branch: null, target: 'loose' }, 'branches'],
  ['branch already taken', { source: 'age', branch: 'yes', target: 'loose' }, 'already leads to segment “VIP”'],
  ['target already reached', { source: 'plan', branch: 'else', target: 'vip' }, 'one way in'],
  ['unknown node', { source: 'nope', branch: 'yes', target: 'loose' }, 'no longer exists'],
];

describe('checkConnection', () => {
  it.each(cases)('%s', (_name, request, expected) => {
    const check = checkConnection(doc, request);
    if (expected === true) expect(check).toEqual({ ok: true });
    else expect(check.ok === false && check.reason).toContain(expected);
  });

  it('refuses a loop through descendants', () => {
    // free-split → plan would be fine, but plan ─else→ free-split ─yes→ … → plan is a loop.
    const linked = connect(doc, { source: 'free-split', branch: 'yes', target: 'loose' });
    if (!('doc' in linked)) throw new Error(linked.reason);
    const detached = { ...linked.doc, edges: linked.doc.edges.filter((e) => e.target !== 'plan') };
    const looped = connect(detached, { source: 'plan', branch: 'else', target: 'free-split' });
    if (!('doc' in looped)) throw new Error(looped.reason);
    expect(checkConnection(looped.doc, { source: 'free-split', branch: 'no', target: 'plan' })).toEqual({
      ok: false,
      reason: expect.stringContaining('loop'),
    });
  });

  it('connect adds the edge only when allowed', () => {
    const ok = connect(doc, { source: 'plan', branch: 'else', target: 'loose' });
    expect('doc' in ok && ok.doc.edges.at(-1)).toEqual({ source: 'plan', target: 'loose', branch: 'else' });
    expect(connect(doc, { source: 'plan', branch: 'else', target: 'root' })).toHaveProperty('reason');
  });
});
