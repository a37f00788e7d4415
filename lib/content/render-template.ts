import { escapeHtml, isSafeUrl } from './escape';
import { parseTemplate, type PlaceholderRoot } from './template-syntax';

/** What placeholders can read: the profile's traits and context, a few profile fields, the segment. */
export type TemplateData = Partial<Record<PlaceholderRoot, Record<string, unknown>>>;

/** `text`: HTML-escaped text. `url`: placeholders percent-encoded, then the scheme checked. */
export type FieldKind = 'text' | 'url';

/**
 * Renders one field. Text comes back HTML-escaped (static text included: variant fields are
 * text, not markup), so no trait value can inject HTML or script wherever the site inserts it.
 * A URL whose scheme is not http(s)/mailto/tel/relative renders as "".
 */
export function renderTemplate(template: string, data: TemplateData, kind: FieldKind = 'text'): string {
  const { parts } = parseTemplate(template);
  let out = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      out += part.text;
      continue;
    }
    const value = displayValue(lookup(data, part.path)) ?? part.fallback;
    out += kind === 'url' ? encodeURIComponent(value) : value;
  }
  if (kind === 'url') return isSafeUrl(out) ? escapeHtml(out) : '';
  return escapeHtml(out);
}

function lookup(data: TemplateData, path: string[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Strings and finite numbers render; missing, null, "", objects and arrays take the fallback. */
function displayValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return String(value);
  return undefined;
}
