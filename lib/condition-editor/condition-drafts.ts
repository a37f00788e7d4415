import type {
  AttributeCondition,
  Condition,
  ContextCondition,
  EventCondition,
  GroupCondition,
  ScoreCondition,
  SegmentCondition,
} from '@/lib/segments/schema/conditions';
import { CONTEXT_FIELDS, type ContextField, type ScoreField } from '@/lib/segments/schema/fields';
import type { Catalogue } from './catalogue';
import { attributeSpec, contextSpec, scoreSpec } from './field-spec';
import { type DateContext, type PredicateDraft, defaultPredicate, refitPredicate } from './predicate-drafts';
import type { SegmentOption } from './segment-options';

// New conditions of each kind, and turning one kind into another without losing what still
// applies: wrapping in a group keeps the condition as its first child, unwrapping keeps a
// child of the wanted kind, and attribute ↔ context ↔ score keep operator and operand when
// the new field takes them (traits.country ↔ context country).

export type ConditionKind = Condition['type'];
export const CONDITION_KINDS: readonly ConditionKind[] = ['attribute', 'event', 'context', 'score', 'segment', 'group'];

export type DraftContext = { catalogue: Catalogue; dates: DateContext; segments: readonly SegmentOption[] };

/** Drafts may lack an operand; the editor emits them and shows what is missing. */
function draft<T extends Condition>(base: Omit<T, 'operator' | 'value'>, predicate: PredicateDraft): T {
  return { ...base, ...predicate } as T;
}

function mostCommonTrait(catalogue: Catalogue): string {
  return catalogue.attributes.find((o) => o.group === 'Traits')?.value ?? 'email';
}

export function attributeCondition(field: string, ctx: DraftContext, from?: PredicateDraft): AttributeCondition {
  const spec = attributeSpec(field, ctx.catalogue);
  return draft<AttributeCondition>({ type: 'attribute', field }, from ? refitPredicate(from, spec, ctx.dates) : defaultPredicate(spec, ctx.dates));
}

export function contextCondition(field: ContextField, ctx: DraftContext, from?: PredicateDraft): ContextCondition {
  const spec = contextSpec(field, ctx.catalogue);
  return draft<ContextCondition>({ type: 'context', field }, from ? refitPredicate(from, spec, ctx.dates) : defaultPredicate(spec, ctx.dates));
}

export function scoreCondition(field: ScoreField, ctx: DraftContext, from?: PredicateDraft): ScoreCondition {
  return draft<ScoreCondition>({ type: 'score', field }, from ? refitPredicate(from, scoreSpec(field), ctx.dates) : defaultPredicate(scoreSpec(field), ctx.dates));
}

export function eventCondition(ctx: DraftContext): EventCondition {
  return {
    type: 'event',
    event: ctx.catalogue.events[0]?.name ?? '',
    window: { type: 'last', amount: 30, unit: 'days' },
    measure: 'count',
    operator: 'gte',
    value: 1,
  };
}

export function segmentCondition(ctx: DraftContext): SegmentCondition {
  const first = ctx.segments[0];
  return first ? { type: 'segment', operator: 'in', segment: first.key, treeId: first.treeId } : { type: 'segment', operator: 'in', segment: '' };
}

export function groupCondition(ctx: DraftContext, conditions: Condition[] = [newCondition('attribute', ctx)]): GroupCondition {
  return { type: 'group', combinator: 'and', conditions };
}

export function newCondition(kind: ConditionKind, ctx: DraftContext): Condition {
  switch (kind) {
    case 'attribute':
      return attributeCondition(mostCommonTrait(ctx.catalogue), ctx);
    case 'event':
      return eventCondition(ctx);
    case 'context':
      return contextCondition('device', ctx);
    case 'score':
      return scoreCondition('rfm_label', ctx);
    case 'segment':
      return segmentCondition(ctx);
    case 'group':
      return groupCondition(ctx);
  }
}

function predicateOf(condition: AttributeCondition | ContextCondition | ScoreCondition): PredicateDraft {
  return 'value' in condition ? { operator: condition.operator, value: condition.value } : { operator: condition.operator };
}

/** The last key of a trait path, when it names a context field (traits.country → country). */
function contextFieldOf(traitPath: string): ContextField | undefined {
  const key = traitPath.split('.').pop() ?? '';
  return (CONTEXT_FIELDS as readonly string[]).includes(key) ? (key as ContextField) : undefined;
}

export function convertCondition(condition: Condition, kind: ConditionKind, ctx: DraftContext): Condition {
  if (condition.type === kind) return condition;
  if (kind === 'group') return groupCondition(ctx, [condition]);
  if (condition.type === 'group') return condition.conditions.find((c) => c.type === kind) ?? newCondition(kind, ctx);
  const isPredicate = condition.type === 'attribute' || condition.type === 'context' || condition.type === 'score';
  if (!isPredicate) return newCondition(kind, ctx);
  const predicate = predicateOf(condition);
  if (kind === 'context') {
    const field = condition.type === 'attribute' ? contextFieldOf(condition.field) : undefined;
    return contextCondition(field ?? 'device', ctx, predicate);
  }
  if (kind === 'attribute') {
    const trait = condition.type === 'context' ? `traits.${condition.field}` : undefined;
    const known = trait && ctx.catalogue.attributes.some((o) => o.value === trait);
    return attributeCondition(known ? trait : mostCommonTrait(ctx.catalogue), ctx, predicate);
  }
  if (kind === 'score') return scoreCondition('rfm_label', ctx, predicate);
  return newCondition(kind, ctx);
}
