import { describe, expect, it } from 'vitest';
import { escapeHtml, renderTemplate } from '@/lib/content';
import { decodeEntities } from './decode-entities';
import { traitPlaceholders } from './placeholder-paths';
import { EMPTY_CONTENT, draftErrors, fieldErrors, sameDraft, type VariantDraft } from './variant-draft';

describe('decodeEntities', () => {
  const cases: Array<[name: string, text: string]> = [
    ['markup from a trait', '<img src=x onerror=alert(1)>'],
    ['every escaped character', `& < > " ' \``],
    ['text that looks escaped already', '&lt;b&gt; &amp;amp;'],
    ['unicode and plain text', 'Zoë — 5 € off'],
  ];
  it.each(cases)('undoes escapeHtml exactly: %s', (_name, text) => {
    expect(decodeEntities(escapeHtml(text))).toBe(text);
  });

  it('gives back the typed characters of a rendered XSS trait, as text', () => {
    const rendered = renderTemplate('Hi {{traits.evil}}', { traits: { evil: '<img src=x onerror=alert(1)>' } });
    expect(rendered).toBe('Hi &lt;img src=x onerror=alert(1)&gt;');
    expect(decodeEntities(rendered)).toBe('Hi <img src=x onerror=alert(1)>');
  });

  it('leaves other entities alone (escapeHtml never writes them)', () => {
    expect(decodeEntities('&nbsp;&#60;')).toBe('&nbsp;&#60;');
  });
});

const draft = (patch: Partial<VariantDraft['content']> = {}, name = 'VIP'): VariantDraft => ({
  name,
  segmentKey: 'vip',
  content: { ...EMPTY_CONTENT, ...patch },
});

describe('variant drafts', () => {
  it('accepts a valid draft', () => {
    expect(draftErrors(draft({ headline: 'Hi {{traits.firstName | "there"}}', ctaUrl: '/vip' }))).toEqual({});
  });

  it.each<[string, VariantDraft, string, RegExp]>([
    ['a javascript: link', draft({ ctaUrl: 'javascript:alert(1)' }), 'ctaUrl', /Button link must be an http\(s\)/],
    ['an unclosed placeholder', draft({ headline: 'Hi {{traits.firstName' }), 'headline', /never closed/],
    ['a fallback without quotes', draft({ body: '{{traits.city | Paris}}' }), 'body', /double quotes/],
    ['an empty name', draft({}, '  '), 'name', /Name the variant/],
  ])('puts %s at its field', (_name, d, field, message) => {
    expect(draftErrors(d)).toEqual({ [field]: expect.stringMatching(message) });
  });

  it('maps API issue paths to fields, and the rest to the card', () => {
    expect(
      fieldErrors([
        { path: ['content', 'ctaUrl'], message: 'bad link' },
        { path: ['content', 'ctaUrl'], message: 'second' },
        { path: ['segmentKey'], message: 'not in tree' },
        { path: ['name'], message: 'too long' },
      ]),
    ).toEqual({ ctaUrl: 'bad link', '': 'not in tree', name: 'too long' });
  });

  it('compares drafts field by field', () => {
    const a = draft({ headline: 'x' });
    const reordered = { ...a, content: Object.fromEntries(Object.entries(a.content).reverse()) as VariantDraft['content'] };
    expect(sameDraft(a, reordered)).toBe(true);
    expect(sameDraft(a, draft({ headline: 'y' }))).toBe(false);
  });
});

describe('traitPlaceholders', () => {
  const field = (path: string, types: Record<string, number>) => ({ path, present: 1, types, topValues: [] });
  it('offers renderable trait paths the template grammar accepts', () => {
    expect(
      traitPlaceholders([
        field('traits.firstName', { string: 5 }),
        field('traits.age', { number: 5 }),
        field('traits.address', { object: 5 }),
        field('traits.address.city', { string: 5 }),
        field('traits.tags', { array: 5 }),
        field('traits.prénom', { string: 5 }),
        field('context.device', { string: 5 }),
      ]),
    ).toEqual(['traits.firstName', 'traits.age', 'traits.address.city']);
  });
});
