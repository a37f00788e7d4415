import { describe, expect, it } from 'vitest';
import { renderVariant, variantContentSchema } from './variant-content';

describe('variantContentSchema', () => {
  it('fills defaults', () => {
    expect(variantContentSchema.parse({ headline: 'Hi' })).toEqual({
      headline: 'Hi', body: '', imageUrl: '', ctaText: '', ctaUrl: '', layout: 'hero-left',
    });
  });

  it('names the field and the problem of a faulty placeholder', () => {
    const result = variantContentSchema.safeParse({ headline: 'Hi {{traits.firstName' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['headline'], message: expect.stringMatching(/^Headline: .*never closed/) });
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', ' JavaScript:x'])('refuses the link %s', (ctaUrl) => {
    expect(variantContentSchema.safeParse({ ctaUrl }).success).toBe(false);
  });

  it.each(['https://a.example/{{traits.x}}', '/sale?src={{context.utm_source}}', 'mailto:hi@a.example', ''])('accepts the link %s', (ctaUrl) => {
    expect(variantContentSchema.safeParse({ ctaUrl }).success).toBe(true);
  });

  it('refuses unknown fields and layouts', () => {
    expect(variantContentSchema.safeParse({ script: 'x' }).success).toBe(false);
    expect(variantContentSchema.safeParse({ layout: 'popup' }).success).toBe(false);
  });
});

describe('renderVariant', () => {
  it('renders text and url fields for one visitor and keeps the layout', () => {
    const content = variantContentSchema.parse({
      headline: 'Welcome back, {{traits.firstName | "there"}}',
      ctaText: 'Shop {{segment.name}}',
      ctaUrl: 'https://shop.example/{{traits.firstName}}',
      layout: 'centered',
    });
    expect(renderVariant(content, { traits: { firstName: 'Zoë <3' }, segment: { name: 'VIP' } })).toEqual({
      headline: 'Welcome back, Zoë &lt;3',
      body: '',
      imageUrl: '',
      ctaText: 'Shop VIP',
      ctaUrl: 'https://shop.example/Zo%C3%AB%20%3C3',
      layout: 'centered',
    });
  });
});
