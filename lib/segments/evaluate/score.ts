import type { ScoreCondition } from '../schema/conditions';
import type { ScoreField } from '../schema/fields';
import { readPath } from '../values/paths';
import type { Test } from './attribute';
import { compilePredicate } from './predicate';

// Where each score lives in `profile.scores` = {rfm: {r, f, m, label}, engagement}.
export const SCORE_PATHS: Record<ScoreField, readonly string[]> = {
  rfm_recency: ['rfm', 'r'],
  rfm_frequency: ['rfm', 'f'],
  rfm_monetary: ['rfm', 'm'],
  rfm_label: ['rfm', 'label'],
  engagement: ['engagement'],
};

export function compileScore(condition: ScoreCondition): Test {
  const test = compilePredicate(condition);
  const path = SCORE_PATHS[condition.field];
  return (ctx) => test(readPath(ctx.input.profile.scores, path), ctx.asOf);
}
