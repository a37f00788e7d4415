import { type Condition, conditionRootSchema } from '../schema/conditions';
import { type Test, compileAttribute } from './attribute';
import { compileContext } from './context';
import { compileEvent } from './event';
import { compileScore } from './score';
import { compileSegment } from './segment';

export type { Test } from './attribute';

// Conditions become closures over their (already validated) operands, once per tree. No
// source text is ever generated from a condition.
export function compileCondition(condition: Condition): Test {
  switch (condition.type) {
    case 'attribute': return compileAttribute(condition);
    case 'event': return compileEvent(condition);
    case 'context': return compileContext(condition);
    case 'score': return compileScore(condition);
    case 'segment': return compileSegment(condition);
    case 'group': {
      const tests = condition.conditions.map(compileCondition);
      // Empty `and` is true and empty `or` false, which the loops give for free.
      const base: Test =
        condition.combinator === 'and'
          ? (ctx) => {
              for (const test of tests) if (!test(ctx)) return false;
              return true;
            }
          : (ctx) => {
              for (const test of tests) if (test(ctx)) return true;
              return false;
            };
      return condition.not ? (ctx) => !base(ctx) : base;
    }
  }
}

export function usesSegments(condition: Condition): boolean {
  if (condition.type === 'segment') return true;
  return condition.type === 'group' && condition.conditions.some(usesSegments);
}

export class ConditionValidationError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`Invalid condition: ${issues.map((i) => (i.path ? `${i.path}: ` : '') + i.message).join('; ')}`);
    this.name = 'ConditionValidationError';
  }
}

/** Validates (throwing ConditionValidationError) and returns the parsed condition. */
export function parseCondition(input: unknown): Condition {
  const result = conditionRootSchema.safeParse(input);
  if (!result.success) {
    throw new ConditionValidationError(result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
  }
  return result.data;
}
