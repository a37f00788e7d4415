import type { VariantContent } from '@/lib/content';
import type { Arm } from '@/lib/experiments/arms';
import type { Metric, PrimaryMetric } from '@/lib/experiments/metrics';
import type { PropertyFilter } from '@/lib/segments';
import type { CreateExperimentInput } from '@/lib/validations/experiments';

// The experiment form's editable state (strings, as inputs hold them) and its conversion to
// and from the API's shapes. The route's zod schema then judges the result, client-side first.

export interface ArmDraft {
  key: string;
  name: string;
  weight: string;
  /** '' shows the slot's normal content (unless the arm has content of its own). */
  variantId: string;
  /** The arm's own content ("New content"); null: it shows variantId or the normal content. */
  content: VariantContent | null;
}

export interface FilterDraft {
  field: string;
  operator: FilterOperator;
  value: string;
}

export interface MetricDraft {
  kind: 'conversion' | 'continuous';
  name: string;
  event: string;
  windowDays: string;
  property: string;
  aggregate: 'sum' | 'mean';
  where: FilterDraft[];
}

export interface ExperimentDraft {
  name: string;
  key: string;
  slotId: string;
  /** '' = every segment of the slot's tree. */
  segmentKey: string;
  arms: ArmDraft[];
  primary: MetricDraft;
  /** Planning (conversion metrics): expected baseline rate and minimum detectable effect, in %. */
  baselinePercent: string;
  mdeKind: 'relative' | 'absolute';
  mdePercent: string;
  secondary: MetricDraft[];
}

/** The filter operators the form offers, with what their value is. */
export const FILTER_OPERATORS = {
  eq: { label: 'is', value: 'auto' },
  neq: { label: 'is not', value: 'auto' },
  gt: { label: '>', value: 'number' },
  gte: { label: '≥', value: 'number' },
  lt: { label: '<', value: 'number' },
  lte: { label: '≤', value: 'number' },
  contains: { label: 'contains', value: 'text' },
  not_contains: { label: 'does not contain', value: 'text' },
  starts_with: { label: 'starts with', value: 'text' },
  in: { label: 'is one of', value: 'list' },
  not_in: { label: 'is none of', value: 'list' },
  is_set: { label: 'is set', value: 'none' },
  is_not_set: { label: 'is not set', value: 'none' },
  is_true: { label: 'is true', value: 'none' },
  is_false: { label: 'is false', value: 'none' },
} as const;
export type FilterOperator = keyof typeof FILTER_OPERATORS;

export const emptyMetric = (): MetricDraft => ({ kind: 'conversion', name: '', event: '', windowDays: '7', property: '', aggregate: 'sum', where: [] });

export function newArm(index: number): ArmDraft {
  const letter = String.fromCharCode(65 + index); // B, C, …
  return { key: letter.toLowerCase(), name: `Variant ${letter}`, weight: '0', variantId: '', content: null };
}

export function emptyDraft(slotId = ''): ExperimentDraft {
  return {
    name: '', key: '', slotId, segmentKey: '',
    arms: [{ key: 'control', name: 'Control', weight: '50', variantId: '', content: null }, { key: 'b', name: 'Variant B', weight: '50', variantId: '', content: null }],
    primary: emptyMetric(), baselinePercent: '', mdeKind: 'relative', mdePercent: '10', secondary: [],
  };
}

/** Weights split evenly in whole percent, the control taking the remainder. */
export function evenWeights(count: number): string[] {
  const share = Math.floor(100 / count);
  return Array.from({ length: count }, (_, i) => String(i === 0 ? 100 - share * (count - 1) : share));
}

export function slugify(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
}

const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

function filterToInput(f: FilterDraft): unknown {
  const kind = FILTER_OPERATORS[f.operator].value;
  const field = f.field.trim().startsWith('properties.') ? f.field.trim() : `properties.${f.field.trim()}`;
  if (kind === 'none') return { field, operator: f.operator };
  if (kind === 'number') return { field, operator: f.operator, value: toNumber(f.value) };
  if (kind === 'list') return { field, operator: f.operator, value: f.value.split(',').map((v) => v.trim()).filter(Boolean) };
  if (kind === 'text') return { field, operator: f.operator, value: f.value };
  // eq / neq: a number compares as a number; "quoted" text (or anything else) as text.
  const quoted = /^"(.*)"$/.exec(f.value.trim());
  const n = toNumber(f.value);
  return { field, operator: f.operator, value: quoted ? quoted[1] : Number.isFinite(n) ? n : f.value };
}

function metricToInput(m: MetricDraft): unknown {
  const base = {
    kind: m.kind,
    ...(m.name.trim() ? { name: m.name.trim() } : {}),
    event: m.event,
    windowDays: toNumber(m.windowDays),
    ...(m.where.length ? { where: m.where.map(filterToInput) } : {}),
  };
  if (m.kind === 'conversion') return base;
  const property = m.property.trim();
  return { ...base, property: property && !property.startsWith('properties.') ? `properties.${property}` : property, aggregate: m.aggregate };
}

/** The request body for POST (and, field by field, PATCH). Numbers that do not parse become NaN, which the schema refuses. */
export function draftToInput(d: ExperimentDraft): Record<keyof CreateExperimentInput, unknown> {
  const primary = metricToInput(d.primary) as Record<string, unknown>;
  if (d.primary.kind === 'conversion') {
    if (d.mdePercent.trim()) primary.minimumDetectableEffect = { kind: d.mdeKind, value: toNumber(d.mdePercent) / 100 };
    if (d.baselinePercent.trim()) primary.baselineRate = toNumber(d.baselinePercent) / 100;
  }
  return {
    key: d.key,
    name: d.name,
    slotId: d.slotId,
    segmentKey: d.segmentKey || null,
    arms: d.arms.map((a) => ({ key: a.key, name: a.name, weight: toNumber(a.weight), variantId: a.content ? null : a.variantId || null, content: a.content })),
    primaryMetric: primary,
    secondaryMetrics: d.secondary.map(metricToInput),
  };
}

function filterToDraft(f: PropertyFilter): FilterDraft {
  const operator = (f.operator in FILTER_OPERATORS ? f.operator : 'eq') as FilterOperator;
  const value = 'value' in f ? (Array.isArray(f.value) ? f.value.join(', ') : typeof f.value === 'string' && /^-?\d/.test(f.value) ? `"${f.value}"` : String(f.value)) : '';
  return { field: f.field, operator, value };
}

function metricToDraft(m: Metric): MetricDraft {
  return {
    kind: m.kind,
    name: m.name ?? '',
    event: m.event,
    windowDays: String(m.windowDays),
    property: m.kind === 'continuous' ? m.property : '',
    aggregate: m.kind === 'continuous' ? m.aggregate : 'sum',
    where: (m.where ?? []).map(filterToDraft),
  };
}

const percentText = (x: number) => String(Math.round(x * 100 * 1e6) / 1e6);

export function experimentToDraft(e: { name: string; key: string; slot: { id: string }; segmentKey: string | null; arms: Arm[]; primaryMetric: PrimaryMetric; secondaryMetrics: Metric[] }): ExperimentDraft {
  const plan = e.primaryMetric.kind === 'conversion' ? e.primaryMetric : undefined;
  return {
    name: e.name,
    key: e.key,
    slotId: e.slot.id,
    segmentKey: e.segmentKey ?? '',
    arms: e.arms.map((a) => ({ key: a.key, name: a.name, weight: String(a.weight), variantId: a.variantId ?? '', content: a.content ?? null })),
    primary: metricToDraft(e.primaryMetric),
    baselinePercent: plan?.baselineRate !== undefined ? percentText(plan.baselineRate) : '',
    mdeKind: plan?.minimumDetectableEffect?.kind ?? 'relative',
    mdePercent: plan?.minimumDetectableEffect ? percentText(plan.minimumDetectableEffect.value) : '',
    secondary: e.secondaryMetrics.map(metricToDraft),
  };
}
