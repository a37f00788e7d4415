import type { TreeDocument } from '../schema/tree';
import { ROOT_BRANCH } from '../schema/tree';
import { type CompiledNode, type CompiledTree, compileTree, isCompiledTree } from './compile-tree';
import { compileCondition, parseCondition, usesSegments } from './condition';
import { isExcludedForConsent } from './consent';
import { createContext } from './prepare';
import { MissingSegmentMembershipError } from './segment';
import type { EvaluationInput, EvaluationOptions } from './types';

/** One node on the way down, with what was decided there: the "why" of a segment. */
export type PathStep =
  | { nodeId: string; kind: 'root'; branch: string }
  | { nodeId: string; kind: 'split'; outcome: boolean; branch: 'yes' | 'no' }
  | { nodeId: string; kind: 'switch'; branch: string; cases: { caseId: string; matched: boolean }[] }
  | { nodeId: string; kind: 'segment'; segmentKey: string };

export type TreeEvaluation = {
  /** Consent forbids personalisation: in no segment, and the path is empty. */
  excludedNoConsent: boolean;
  segment: string | null;
  path: PathStep[];
  /** Set when the profile reached a branch with no connection. */
  stoppedUnassigned?: { nodeId: string; branch: string };
};

/** Pass a CompiledTree when evaluating many profiles; a document is compiled on every call. */
export function evaluateTree(
  tree: CompiledTree | TreeDocument | unknown,
  input: EvaluationInput,
  options: EvaluationOptions,
): TreeEvaluation {
  const compiled = isCompiledTree(tree) ? tree : compileTree(tree);
  if (compiled.usesSegments && !options.segmentMembership) throw new MissingSegmentMembershipError();
  if (isExcludedForConsent(input.profile.consent, options.requireOptIn)) {
    return { excludedNoConsent: true, segment: null, path: [] };
  }
  const ctx = createContext(input, options);
  const path: PathStep[] = [];
  let id: string | undefined = compiled.rootId;
  // Validation guarantees no loops; the bound is a second line of defence.
  for (let guard = 0; guard <= compiled.nodes.size; guard++) {
    const node: CompiledNode = compiled.nodes.get(id!)!;
    let branch: string;
    let next: string | undefined;
    switch (node.kind) {
      case 'segment':
        path.push({ nodeId: node.id, kind: 'segment', segmentKey: node.key });
        return { excludedNoConsent: false, segment: node.key, path };
      case 'root':
        branch = ROOT_BRANCH;
        next = node.next;
        path.push({ nodeId: node.id, kind: 'root', branch });
        break;
      case 'split': {
        const outcome = node.test(ctx);
        branch = outcome ? 'yes' : 'no';
        next = outcome ? node.yes : node.no;
        path.push({ nodeId: node.id, kind: 'split', outcome, branch: outcome ? 'yes' : 'no' });
        break;
      }
      case 'switch': {
        const cases: { caseId: string; matched: boolean }[] = [];
        const winner = node.cases.find((c) => {
          const matched = c.test(ctx);
          cases.push({ caseId: c.id, matched });
          return matched;
        });
        branch = winner ? winner.id : 'else';
        next = winner ? winner.next : node.otherwise;
        path.push({ nodeId: node.id, kind: 'switch', branch, cases });
        break;
      }
    }
    if (next === undefined) {
      return { excludedNoConsent: false, segment: null, path, stoppedUnassigned: { nodeId: node.id, branch } };
    }
    id = next;
  }
  throw new Error('Tree walk did not terminate; the tree has a loop.');
}

/** Validates and compiles a condition once; the result evaluates it (consent is not applied). */
export function prepareCondition(condition: unknown): (input: EvaluationInput, options: EvaluationOptions) => boolean {
  const parsed = parseCondition(condition);
  const test = compileCondition(parsed);
  const needsSegments = usesSegments(parsed);
  return (input, options) => {
    if (needsSegments && !options.segmentMembership) throw new MissingSegmentMembershipError();
    return test(createContext(input, options));
  };
}

export function evaluateCondition(condition: unknown, input: EvaluationInput, options: EvaluationOptions): boolean {
  return prepareCondition(condition)(input, options);
}
