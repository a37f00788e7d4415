import { describe, expect, it } from 'vitest';
import { type Arm, armsSchema, startedArmChanges, weightsChanged, weightsSinceMs } from './arms';

const arm = (key: string, weight: number, variantId: string | null = null): Arm => ({ key, name: key.toUpperCase(), weight, variantId, content: null });

describe('arms', () => {
  it.each<[string, unknown, boolean]>([
    ['control and one variant at 50/50', [arm('control', 50), arm('b', 50)], true],
    ['three arms at 34/33/33', [arm('control', 34), arm('b', 33), arm('c', 33)], true],
    ['a paused arm (weight 0)', [arm('control', 100), arm('b', 0)], true],
    ['weights adding up to 90', [arm('control', 45), arm('b', 45)], false],
    ['one arm only', [arm('control', 100)], false],
    ['a duplicated key', [arm('a', 50), arm('a', 50)], false],
    ['a control without traffic', [arm('control', 0), arm('b', 100)], false],
    ['a key with a colon', [arm('control', 50), arm('b:c', 50)], false],
  ])('%s → valid %s', (_, arms, valid) => {
    expect(armsSchema.safeParse(arms).success).toBe(valid);
  });

  it('an arm shows a slot variant, its own content, or neither — never both', () => {
    const own = { ...arm('b', 50), content: { headline: 'Hi {{traits.firstName | "there"}}', ctaUrl: '/vip?src={{context.utm_source}}' } };
    const parsed = armsSchema.parse([arm('control', 50), own]);
    expect(parsed[0].content).toBeNull();
    // The variant schema's defaults fill the fields left out.
    expect(parsed[1].content).toEqual({ headline: own.content.headline, body: '', imageUrl: '', ctaText: '', ctaUrl: own.content.ctaUrl, layout: 'hero-left' });

    const both = armsSchema.safeParse([arm('control', 50), { ...own, variantId: 'v1' }]);
    expect(both.error?.issues).toEqual([expect.objectContaining({ path: [1, 'content'], message: expect.stringMatching(/either a variant of the slot or its own content/) })]);
  });

  it.each<[string, object, RegExp]>([
    ['a javascript: link', { ctaUrl: 'javascript:alert(1)' }, /Button link must be an http\(s\), mailto or tel link/],
    ['an unclosed placeholder', { headline: 'Hi {{traits.firstName' }, /^Headline: /],
    ['an unknown placeholder root', { body: '{{cookies.id}}' }, /^Body: /],
    ['an unknown layout', { layout: 'sidebar' }, /./],
    ['an unknown field', { subtitle: 'x' }, /./],
  ])('refuses arm content with %s, at the field', (_, content, message) => {
    const result = armsSchema.safeParse([arm('control', 50), { ...arm('b', 50), content }]);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0];
    expect(issue.path.slice(0, 2)).toEqual([1, 'content']);
    expect(issue.message).toMatch(message);
  });

  it('after the start, only weights may change', () => {
    const before = [arm('control', 50), arm('b', 50, 'v1')];
    expect(startedArmChanges(before, [arm('control', 20), arm('b', 80, 'v1')])).toEqual([]);
    expect(startedArmChanges(before, [arm('control', 100)])[0].message).toMatch(/cannot be removed/);
    expect(startedArmChanges(before, [...before, arm('c', 0)])[0].message).toMatch(/cannot be added/);
    expect(startedArmChanges(before, [before[1], before[0]]).map((p) => p.message).join()).toMatch(/reordered/);
    expect(startedArmChanges(before, [before[0], arm('b', 50, 'v2')])[0].message).toMatch(/content/);
  });

  it('after the start, an arm’s own content is frozen too (compared field by field, whatever the key order)', () => {
    const content = { headline: 'New', body: '', imageUrl: '', ctaText: 'Go', ctaUrl: '/go', layout: 'banner' as const };
    const before = [arm('control', 50), { ...arm('b', 50), content }];
    const reordered = Object.fromEntries(Object.entries(content).reverse()) as typeof content;
    expect(startedArmChanges(before, [arm('control', 30), { ...arm('b', 70), content: reordered }])).toEqual([]);
    const edited = startedArmChanges(before, [before[0], { ...before[1], content: { ...content, headline: 'Newer' } }]);
    expect(edited).toEqual([{ path: ['arms', 1, 'content'], message: expect.stringMatching(/content of arm "B" cannot change after the start.*fixed except their weights/) }]);
    expect(startedArmChanges(before, [before[0], arm('b', 50)])[0].path).toEqual(['arms', 1, 'content']);
    expect(startedArmChanges([arm('control', 50), arm('b', 50)], [arm('control', 50), { ...arm('b', 50), content }])).toHaveLength(1);
  });

  it('knows when the split changed and since when it holds', () => {
    const a = [arm('control', 50), arm('b', 50)];
    expect(weightsChanged(a, a.map((x) => ({ ...x, name: 'renamed' })))).toBe(false);
    expect(weightsChanged(a, [arm('control', 40), arm('b', 60)])).toBe(true);
    expect(weightsSinceMs(a)).toBeUndefined();
    expect(weightsSinceMs([{ ...a[0], weightsSince: '2024-01-02T00:00:00.000Z' }, { ...a[1], weightsSince: '2024-01-03T00:00:00.000Z' }])).toBe(Date.UTC(2024, 0, 3));
  });
});
