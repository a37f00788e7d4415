import { describeCondition } from '@/lib/segments/describe';
import { type Condition, conditionRootSchema } from '@/lib/segments/schema/conditions';

// The shared zod schema decides what is wrong; this places each message next to the input
// it is about. Issue paths are relative to the edited condition (["conditions", 0, "value"]);
// a path the editor has no input for (a list item, an unknown key) goes to the nearest
// input or card above it, so no message is ever dropped.

export type IssueMap = ReadonlyMap<string, readonly string[]>;

export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

const WINDOW_SLOTS = ['window', 'window.amount', 'window.unit', 'window.from', 'window.to'];
const EVENT_SLOTS = ['event', 'where', ...WINDOW_SLOTS, 'measure', 'property'];

/** Operator and operand inputs: a range has one input per end, a list one for all. */
function predicateSlots(c: Record<string, unknown>): string[] {
  return ['operator', 'value', ...(c.operator === 'between' ? ['value.0', 'value.1'] : [])];
}

/** Every path the editor shows an input or a card for, for this condition. */
export function conditionSlots(condition: unknown, base: readonly PropertyKey[] = [], out = new Set<string>()): Set<string> {
  const at = (suffix: string) => out.add([pathKey(base), suffix].filter(Boolean).join('.'));
  at('');
  const c = (typeof condition === 'object' && condition !== null ? condition : {}) as Record<string, unknown>;
  switch (c.type) {
    case 'attribute':
    case 'context':
    case 'score':
      ['field', ...predicateSlots(c)].forEach(at);
      break;
    case 'event':
      [...EVENT_SLOTS, ...predicateSlots(c)].forEach(at);
      (Array.isArray(c.where) ? c.where : []).forEach((filter, i) => {
        const slots = ['field', ...predicateSlots(typeof filter === 'object' && filter !== null ? filter : {})];
        ['', ...slots].forEach((s) => at(`where.${i}${s && '.'}${s}`));
      });
      break;
    case 'segment':
      ['operator', 'segment'].forEach(at);
      break;
    case 'group':
      ['combinator', 'conditions'].forEach(at);
      (Array.isArray(c.conditions) ? c.conditions : []).forEach((child, i) => conditionSlots(child, [...base, 'conditions', i], out));
      break;
  }
  return out;
}

export type Validation = { valid: boolean; issues: IssueMap; count: number; condition?: Condition };

export function validateCondition(condition: unknown): Validation {
  const parsed = conditionRootSchema.safeParse(condition);
  if (parsed.success) return { valid: true, issues: new Map(), count: 0, condition: parsed.data };
  const slots = conditionSlots(condition);
  const issues = new Map<string, string[]>();
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String);
    while (path.length > 0 && !slots.has(path.join('.'))) path.pop();
    const key = path.join('.');
    const list = issues.get(key) ?? [];
    if (!list.includes(issue.message)) list.push(issue.message);
    issues.set(key, list);
  }
  return { valid: false, issues, count: parsed.error.issues.length, condition: undefined };
}

/** The plain-language summary of a valid condition; undefined while it is incomplete. */
export function summarize(validation: Validation): string | undefined {
  return validation.condition ? describeCondition(validation.condition) : undefined;
}
