import { type PathStep, type TreeDocument, type TreeNode, describeCondition } from '@/lib/segments';

export type DescribedStep = {
  nodeId: string;
  kind: PathStep['kind'];
  /** The node as the canvas names it. */
  label: string;
  branch?: string;
  /** The condition decided at this node, in words (for a switch: the case taken). */
  description?: string;
  outcome?: boolean;
  cases?: { caseId: string; label: string; description: string; matched: boolean }[];
  segmentKey?: string;
};

/** The evaluator's path ("why is this profile here?") with each step's condition in words. */
export function describePath(document: TreeDocument, path: readonly PathStep[]): DescribedStep[] {
  const nodes = new Map<string, TreeNode>(document.nodes.map((n) => [n.id, n]));
  return path.map((step) => {
    const node = nodes.get(step.nodeId)!;
    switch (step.kind) {
      case 'root':
        return { nodeId: step.nodeId, kind: 'root', label: (node.type === 'root' && node.data?.label) || 'Everyone', branch: step.branch };
      case 'split': {
        if (node.type !== 'split') throw new Error('path does not match the tree');
        const description = describeCondition(node.data.condition);
        return { nodeId: step.nodeId, kind: 'split', label: node.data.label || description, branch: step.branch, outcome: step.outcome, description };
      }
      case 'switch': {
        if (node.type !== 'switch') throw new Error('path does not match the tree');
        const byId = new Map(node.data.cases.map((c) => [c.id, c]));
        const cases = step.cases.map(({ caseId, matched }) => {
          const c = byId.get(caseId)!;
          return { caseId, label: c.label || caseId, description: describeCondition(c.condition), matched };
        });
        const taken = cases.find((c) => c.matched);
        return {
          nodeId: step.nodeId,
          kind: 'switch',
          label: node.data.label || step.nodeId,
          branch: step.branch,
          description: taken ? taken.description : 'none of the cases (else)',
          cases,
        };
      }
      case 'segment':
        return { nodeId: step.nodeId, kind: 'segment', label: node.type === 'segment' ? node.data.name : step.segmentKey, segmentKey: step.segmentKey };
    }
  });
}
