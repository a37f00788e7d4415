import { z } from 'zod';
import { parseTemplate } from './template-syntax';
import { isSafeUrl } from './escape';
import { renderTemplate, type TemplateData } from './render-template';

export const VARIANT_LAYOUTS = ['hero-left', 'hero-right', 'centered', 'banner'] as const;
export type VariantLayout = (typeof VARIANT_LAYOUTS)[number];

const MAX_TEXT = 2000;

/** A field that may hold placeholders: every placeholder must parse. */
const templateField = (label: string, max: number) =>
  z
    .string()
    .max(max, `${label} is longer than ${max} characters.`)
    .superRefine((text, ctx) => {
      for (const issue of parseTemplate(text).issues) ctx.addIssue({ code: 'custom', message: `${label}: ${issue.message}` });
    });

/** A URL field: placeholders allowed; the static part must already be a safe URL. */
const urlField = (label: string) =>
  templateField(label, 2048).refine((url) => isSafeUrl(url.replace(/\{\{[^}]*\}\}/g, 'x')), {
    message: `${label} must be an http(s), mailto or tel link, or a path on the site.`,
  });

export const variantContentSchema = z
  .object({
    headline: templateField('Headline', 300).default(''),
    body: templateField('Body', MAX_TEXT).default(''),
    imageUrl: urlField('Image URL').default(''),
    ctaText: templateField('Button text', 120).default(''),
    ctaUrl: urlField('Button link').default(''),
    layout: z.enum(VARIANT_LAYOUTS).default('hero-left'),
  })
  .strict();

export type VariantContent = z.infer<typeof variantContentSchema>;

const URL_FIELDS = new Set<keyof VariantContent>(['imageUrl', 'ctaUrl']);

/** Renders every field for one visitor; `layout` is a fixed choice and passes through. */
export function renderVariant(content: VariantContent, data: TemplateData): VariantContent {
  const rendered = { ...content };
  for (const key of ['headline', 'body', 'imageUrl', 'ctaText', 'ctaUrl'] as const) {
    rendered[key] = renderTemplate(content[key], data, URL_FIELDS.has(key) ? 'url' : 'text');
  }
  return rendered;
}

/** Same fields (whatever the key order: PostgreSQL's jsonb does not keep it); null is no content. */
export function sameVariantContent(a: VariantContent | null, b: VariantContent | null): boolean {
  if (a === null || b === null) return a === b;
  return (Object.keys(variantContentSchema.shape) as (keyof VariantContent)[]).every((k) => a[k] === b[k]);
}
