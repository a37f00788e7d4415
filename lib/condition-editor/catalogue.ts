import { attributeLabel, contextLabel, propertyLabel, scoreLabel } from '@/lib/segments/labels';
import {
  BUILT_IN_FIELDS,
  BUILT_IN_KINDS,
  CONTEXT_FIELDS,
  type ContextField,
  type FieldKind,
  SCORE_FIELDS,
  type ScoreField,
  contextFieldKind,
  scoreFieldKind,
} from '@/lib/segments/schema/fields';
import type { FieldSummary, SchemaResponse, ValueType } from './schema-response';
import { seenTypes, typeBadge } from './value-types';

// Schema discovery → the lists the pickers show. One option per field: what is stored, its
// label, a type badge, how often it was seen and its most frequent values.

export type TopValue = FieldSummary['topValues'][number];

export type FieldOption = {
  /** What the condition stores: `traits.age`, `email`, `properties.amount`, `device`, … */
  value: string;
  label: string;
  group: string;
  badge: ValueType | 'mixed' | 'unknown' | 'integer' | 'list';
  types: ValueType[];
  /** Sampled documents holding a value here (undefined for fields that are not sampled). */
  present?: number;
  topValues: TopValue[];
};

export type EventOption = { name: string; sampled: number; properties: FieldOption[] };

export type Catalogue = {
  sampledProfiles: number;
  attributes: FieldOption[];
  context: FieldOption[];
  scores: FieldOption[];
  events: EventOption[];
};

function kindTypes(kind: FieldKind): ValueType[] {
  if (kind.type === 'any') return [];
  if (kind.type === 'integer' || kind.type === 'number') return ['number'];
  if (kind.type === 'enum') return ['string'];
  return [kind.type];
}

function kindBadge(kind: FieldKind): FieldOption['badge'] {
  if (kind.type === 'integer') return 'integer';
  if (kind.type === 'enum') return 'list';
  return typeBadge(kindTypes(kind));
}

function sampled(summary: FieldSummary, label: string, group: string): FieldOption {
  const types = seenTypes(summary);
  return { value: summary.path, label, group, badge: typeBadge(types), types, present: summary.present, topValues: summary.topValues };
}

export function buildCatalogue(schema: SchemaResponse): Catalogue {
  const traits = new Map(schema.traits.map((s) => [s.path, s]));
  const builtIns: FieldOption[] = BUILT_IN_FIELDS.map((field) => {
    // `email` is traits.email, so it carries that trait's sample.
    const summary = field === 'email' ? traits.get('traits.email') : undefined;
    const kind = BUILT_IN_KINDS[field];
    return { value: field, label: attributeLabel(field), group: 'Built-in', badge: kindBadge(kind), types: kindTypes(kind), present: summary?.present, topValues: summary?.topValues ?? [] };
  });
  const traitOptions = schema.traits
    .filter((s) => s.path !== 'traits.email')
    .map((s) => sampled(s, attributeLabel(s.path), 'Traits'));
  const contextSamples = new Map(schema.context.map((s) => [s.path, s]));
  const context = CONTEXT_FIELDS.map((field: ContextField): FieldOption => {
    const kind = contextFieldKind(field);
    const summary = contextSamples.get(field);
    return { value: field, label: contextLabel(field), group: 'Context', badge: kindBadge(kind), types: kindTypes(kind), present: summary?.present, topValues: summary?.topValues ?? [] };
  });
  const scores = SCORE_FIELDS.map((field: ScoreField): FieldOption => {
    const kind = scoreFieldKind(field);
    return { value: field, label: scoreLabel(field), group: 'Scores', badge: kindBadge(kind), types: kindTypes(kind), topValues: [] };
  });
  const events = schema.events.map((e) => ({
    name: e.name,
    sampled: e.sampled,
    properties: e.properties.map((p) => sampled(p, capitalize(propertyLabel(p.path)), 'Properties')),
  }));
  return { sampledProfiles: schema.sampled.profiles, attributes: [...builtIns, ...traitOptions], context, scores, events };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An option for a path typed by hand that the sample never saw (type unknown). */
export function unseenOption(path: string, label: string, group: string): FieldOption {
  return { value: path, label, group, badge: 'unknown', types: [], topValues: [] };
}

export function eventProperties(catalogue: Catalogue, event: string): FieldOption[] {
  return catalogue.events.find((e) => e.name === event)?.properties ?? [];
}
