import type { BuiltInField, ContextField, ScoreField } from './schema/fields';

// Names a marketer sees for fields, shared by validation messages and node summaries.

const BUILT_IN_LABELS: Record<BuiltInField, string> = {
  email: 'Email',
  externalId: 'External ID',
  firstSeenAt: 'First seen',
  lastSeenAt: 'Last seen',
};

const CONTEXT_LABELS: Record<ContextField, string> = {
  device: 'Device',
  os: 'Operating system',
  browser: 'Browser',
  country: 'Country',
  region: 'Region',
  city: 'City',
  referrer: 'Referrer',
  utm_source: 'UTM source',
  utm_medium: 'UTM medium',
  utm_campaign: 'UTM campaign',
  timezone: 'Time zone',
  local_hour: 'Local hour',
  day_of_week: 'Day of week',
};

const SCORE_LABELS: Record<ScoreField, string> = {
  rfm_recency: 'RFM recency score',
  rfm_frequency: 'RFM frequency score',
  rfm_monetary: 'RFM monetary score',
  rfm_label: 'RFM segment',
  engagement: 'Engagement score',
};

/** `firstName` → "first name", `utm_source` → "utm source". */
export function humanize(key: string): string {
  return key
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `traits.address.city` → "Address city", `email` → "Email". */
export function attributeLabel(field: string): string {
  if (field in BUILT_IN_LABELS) return BUILT_IN_LABELS[field as BuiltInField];
  return capitalize(field.split('.').slice(1).map(humanize).join(' '));
}

/** `properties.amount` → "amount" (read inside a sentence). */
export function propertyLabel(field: string): string {
  return field.split('.').slice(1).map(humanize).join(' ');
}

export function contextLabel(field: ContextField): string {
  return CONTEXT_LABELS[field];
}

export function scoreLabel(field: ScoreField): string {
  return SCORE_LABELS[field];
}

/** `cannot_lose_them` → "Cannot lose them". */
export function enumValueLabel(value: string): string {
  return capitalize(humanize(value));
}
