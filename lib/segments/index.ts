// The pure core of segmentation: schema, validation, evaluator, reference counter and
// summaries. Imports nothing from React, Next, Prisma or the database.
export * from './limits';
export { OPERATORS, COMPARISON_OPERATORS, type Operator, type ComparisonOperator } from './schema/operators';
export {
  BUILT_IN_FIELDS,
  CONTEXT_FIELDS,
  CONTEXT_STRING_FIELDS,
  SCORE_FIELDS,
  RFM_LABELS,
  TRAIT_PATH,
  PROPERTY_PATH,
  type BuiltInField,
  type ContextField,
  type ScoreField,
} from './schema/fields';
export { predicateSchema, type Predicate } from './schema/predicates';
export {
  conditionSchema,
  conditionRootSchema,
  attributeConditionSchema,
  eventConditionSchema,
  contextConditionSchema,
  scoreConditionSchema,
  segmentConditionSchema,
  groupConditionSchema,
  propertyFilterSchema,
  windowSchema,
  MEASURES,
  type Condition,
  type AttributeCondition,
  type EventCondition,
  type ContextCondition,
  type ScoreCondition,
  type SegmentCondition,
  type GroupCondition,
  type PropertyFilter,
  type EventWindow,
  type Measure,
} from './schema/conditions';
export {
  treeDocumentSchema,
  treeNodeSchema,
  treeEdgeSchema,
  ROOT_BRANCH,
  ELSE_BRANCH,
  type TreeDocument,
  type TreeNode,
  type TreeEdge,
  type RootNode,
  type SplitNode,
  type SwitchNode,
  type SwitchCase,
  type SegmentNode,
  type NodeKind,
} from './schema/tree';
export { validateTree, branchesOf, segmentReferences, type TreeValidation, type ValidationIssue } from './validate-tree';
export { compileTree, isCompiledTree, TreeValidationError, type CompiledTree } from './evaluate/compile-tree';
export {
  evaluateTree,
  evaluateCondition,
  prepareCondition,
  type PathStep,
  type TreeEvaluation,
} from './evaluate/evaluate-tree';
export { parseCondition, ConditionValidationError } from './evaluate/condition';
export { MissingSegmentMembershipError } from './evaluate/segment';
export { isExcludedForConsent } from './evaluate/consent';
export { SCORE_PATHS } from './evaluate/score';
export type {
  EvaluationInput,
  EvaluationOptions,
  EventInput,
  ProfileInput,
  SegmentMembership,
  SegmentRef,
} from './evaluate/types';
export { countTree, type TreeCounts } from './count-tree';
export { describeCondition, describePredicate } from './describe';
export { compilePattern, patternProblem, parsePattern, PatternError, type CompiledPattern, type RegexNode } from './regex';
export { parseIso, parseInstant, parseTraitDate } from './values/dates';
export { isTimeZoneName, localTime, DAYS_OF_WEEK, type DayOfWeek } from './values/timezone';
export { fsum } from './values/fsum';
// Shared with the in-memory audience index, which asks them once per dictionary entry.
export { compilePredicate, compileDateTest, isDatePredicate, type ValueTest, type DateTest, type DatePredicate } from './evaluate/predicate';
export { durationMs } from './values/durations';
export { readPath, isPlainObject } from './values/paths';
