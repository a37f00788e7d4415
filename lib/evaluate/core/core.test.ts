import { describe, expect, it } from 'vitest';
import { splitTree } from '@/lib/audience/tests/fixtures';
import { compileTree } from '@/lib/segments';
import { chooseVariant, mergeContext, renderFor } from './choose-content';
import { evaluateSegments } from './evaluate-segments';
import { eventNeeds, windowStart } from './event-needs';
import { orderTrees } from './order-trees';
import type { PublishedTree, SlotState, VariantState, WorkspaceState } from './types';

const event = (name: string, window: object, extra: object = {}) => ({ type: 'event', event: name, window, measure: 'count', operator: 'gte', value: 1, ...extra });
const tree = (id: string, document: unknown): PublishedTree => {
  const compiled = compileTree(document);
  const names = new Map(compiled.document.nodes.flatMap((n) => (n.type === 'segment' ? [[n.data.key, n.data.name] as [string, string]] : [])));
  return { treeId: id, treeName: id, version: 1, compiled, labels: new Map(), segmentNames: names };
};
const DAY = 86_400_000;

describe('eventNeeds', () => {
  it.each([
    ['no event conditions', [splitTree({ type: 'attribute', field: 'traits.age', operator: 'gt', value: 1 }, { yes: 'a' })], { names: [], lookbackMs: 0, ever: false, propertyNames: [], seen: false }],
    ['the widest last-N window, names sorted', [splitTree({ type: 'group', combinator: 'or', conditions: [event('view', { type: 'last', amount: 2, unit: 'days' }), event('buy', { type: 'last', amount: 1, unit: 'weeks' })] }, { yes: 'a' })], { names: ['buy', 'view'], lookbackMs: 7 * DAY, ever: false }],
    ['ever', [splitTree(event('buy', { type: 'ever' }), { yes: 'a' })], { names: ['buy'], ever: true }],
    ['property filters', [splitTree(event('buy', { type: 'ever' }, { where: [{ field: 'properties.sku', operator: 'eq', value: 'x' }] }), { yes: 'a' }), splitTree(event('view', { type: 'ever' }), { yes: 'b' })], { names: ['buy', 'view'], propertyNames: ['buy'] }],
    ['first/last seen', [splitTree({ type: 'attribute', field: 'lastSeenAt', operator: 'within_last', value: { amount: 3, unit: 'days' } }, { yes: 'a' })], { seen: true, names: [] }],
  ])('%s', (_, documents, expected) => {
    expect(eventNeeds(documents.map((d) => compileTree(d)))).toMatchObject(expected);
  });

  it('the window starts at the earliest between-start or the widest last-N before asOf', () => {
    const between = splitTree(event('buy', { type: 'between', from: '2024-01-01T00:00:00Z', to: '2024-02-01T00:00:00Z' }), { yes: 'a' });
    const last = splitTree(event('buy', { type: 'last', amount: 1, unit: 'days' }), { yes: 'b' });
    const needs = eventNeeds([compileTree(between), compileTree(last)]);
    expect(windowStart(needs, Date.parse('2024-06-01T00:00:00Z'))).toBe(Date.parse('2024-01-01T00:00:00Z'));
    expect(windowStart(needs, Date.parse('2023-12-31T12:00:00Z'))).toBe(Date.parse('2023-12-30T12:00:00Z'));
    expect(windowStart(eventNeeds([compileTree(splitTree(event('x', { type: 'ever' }), { yes: 'c' }))]), 0)).toBe(-Infinity);
  });
});

describe('evaluateSegments', () => {
  const adults = tree('adults', splitTree({ type: 'attribute', field: 'traits.age', operator: 'gte', value: 18 }, { yes: 'adult', no: 'minor' }));
  const vip = tree('vip', splitTree({ type: 'segment', operator: 'in', segment: 'adult' }, { yes: 'vip', no: 'not-vip' }));

  it('orders trees so a segment condition reads the same request’s membership', () => {
    const ordered = orderTrees([vip, adults]);
    expect(ordered.map((t) => t.treeId)).toEqual(['adults', 'vip']);
    const state: WorkspaceState = { requireOptIn: false, trees: ordered, slots: new Map(), needs: eventNeeds([]), experiments: new Map() };
    const run = (age: number) => evaluateSegments(state, { profile: { id: 1, externalId: 'x', traits: { age } }, events: [] }, 0).segments.map((s) => s.segment);
    expect(run(30)).toEqual(['adult', 'vip']);
    expect(run(10)).toEqual(['minor', 'not-vip']);
  });

  it('consent: no segment anywhere, empty paths', () => {
    const state: WorkspaceState = { requireOptIn: true, trees: [adults], slots: new Map(), needs: eventNeeds([]), experiments: new Map() };
    const result = evaluateSegments(state, { profile: { id: 1, externalId: 'x', traits: { age: 30 } }, events: [] }, 0);
    expect(result).toMatchObject({ excludedNoConsent: true, segments: [{ segment: null, path: [] }] });
    expect(result.byTree.size).toBe(0);
  });
});

describe('content', () => {
  const variant = (segmentKey: string | null, headline: string): VariantState => ({
    id: `v-${segmentKey}`, name: String(segmentKey), segmentKey, content: { headline, body: '', imageUrl: '', ctaText: '', ctaUrl: '', layout: 'hero-left' },
  });
  const slot: SlotState = { id: 's', key: 'hero', treeId: 't', variants: new Map([[null, variant(null, 'Hi {{traits.name | "you"}}')], ['a', variant('a', 'A {{segment.name}}')]]) };

  it('picks the segment’s variant, else the default, else reports why not', () => {
    expect(chooseVariant(slot, () => ({ key: 'a', name: 'Alpha' }))).toMatchObject({ variant: { id: 'v-a' }, segment: { key: 'a' } });
    expect(chooseVariant(slot, () => ({ key: 'b', name: 'Beta' }))).toMatchObject({ variant: { id: 'v-null' }, segment: null });
    expect(chooseVariant(slot, () => undefined)).toMatchObject({ variant: { id: 'v-null' } });
    expect(chooseVariant(undefined, () => undefined)).toEqual({ reason: 'unknown_slot' });
    expect(chooseVariant({ ...slot, variants: new Map() }, () => undefined)).toEqual({ reason: 'no_variant' });
  });

  it('renders escaped, and without profile data when consent forbids it', () => {
    const subject = { externalId: 'x', traits: { name: '<b>Ann</b>' }, context: {}, personalise: true };
    expect(renderFor(slot.variants.get(null)!, null, subject).headline).toBe('Hi &lt;b&gt;Ann&lt;/b&gt;');
    expect(renderFor(slot.variants.get(null)!, null, { ...subject, personalise: false }).headline).toBe('Hi you');
    expect(renderFor(slot.variants.get('a')!, { key: 'a', name: 'Alpha' }, subject).headline).toBe('A Alpha');
  });

  it('merges context key by key; null in the request keeps the stored value', () => {
    expect(mergeContext({ device: 'desktop', country: 'FR' }, { device: 'mobile', country: null })).toEqual({ device: 'mobile', country: 'FR' });
    expect(mergeContext(null, undefined)).toEqual({});
  });
});
