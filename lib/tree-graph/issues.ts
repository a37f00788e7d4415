import type { ValidationIssue } from '@/lib/segments';
import type { IssueNote } from './to-flow';

/** Problems grouped by the node they name, errors first; issues naming no node go under ''. */
export function issuesByNode(errors: readonly ValidationIssue[], warnings: readonly ValidationIssue[]): Map<string, IssueNote[]> {
  const out = new Map<string, IssueNote[]>();
  const add = (issue: ValidationIssue, severity: IssueNote['severity']) => {
    const key = issue.nodeId ?? '';
    const list = out.get(key) ?? [];
    if (!list.some((n) => n.message === issue.message)) list.push({ message: issue.message, severity });
    out.set(key, list);
  };
  errors.forEach((e) => add(e, 'error'));
  warnings.forEach((w) => add(w, 'warning'));
  return out;
}
