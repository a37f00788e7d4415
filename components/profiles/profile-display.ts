import type { BadgeTone } from '@/components/ui/badge';

type Json = unknown;
const obj = (v: Json): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

export function profileEmail(traits: Json): string | null {
  return str(obj(traits).email);
}

export function profileName(traits: Json): string | null {
  const t = obj(traits);
  return str(t.name) ?? ([str(t.firstName), str(t.lastName)].filter(Boolean).join(' ') || null);
}

/** The last-seen context wins; a country trait is the fallback for imported profiles. */
export function profileCountry(traits: Json, context: Json): string | null {
  return str(obj(context).country) ?? str(obj(traits).country);
}

/**
 * The consent badge, following the product rule: an explicit personalization=false always
 * excludes; absence counts as consent unless the workspace requires opt-in.
 */
export function consentStatus(consent: Json, requireOptIn: boolean): { label: string; tone: BadgeTone; detail: string } {
  const p = obj(consent).personalization;
  if (p === true) return { label: 'Opted in', tone: 'green', detail: 'consent.personalization is true.' };
  if (p === false) return { label: 'No consent', tone: 'red', detail: 'consent.personalization is false: in no segment, gets default content.' };
  return requireOptIn
    ? { label: 'Excluded', tone: 'amber', detail: 'No personalization consent recorded and this workspace requires opt-in.' }
    : { label: 'Not set', tone: 'gray', detail: 'No personalization consent recorded; it counts as granted in this workspace.' };
}

/**
 * The profile page's URL. encodeURIComponent keeps "/", "?", "#" and "%" inside one path
 * segment; Next decodes it exactly once on the other side.
 */
export function profileHref(externalId: string): string {
  return `/profiles/${encodeURIComponent(externalId)}`;
}

/** A JSON value as short text for tables: strings as-is, everything else as JSON. */
export function jsonPreview(value: unknown, max = 120): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
