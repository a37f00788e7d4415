import type { ApiIssue } from '@/lib/api/errors';
import type { ValidationIssue } from '@/lib/segments';

export type TreeIssue = ApiIssue & { nodeId?: string };

/**
 * The core's validation issues in the API's issue shape: the dotted document path becomes
 * an array under `prefix` (e.g. ['document'] or ['tree']), and the node id rides along so
 * the canvas can highlight the node. Messages are the core's, already worded for marketers.
 */
export function treeIssues(issues: readonly ValidationIssue[], prefix: (string | number)[]): TreeIssue[] {
  return issues.map((issue) => ({
    path: [...prefix, ...(issue.path ? issue.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : [])],
    message: issue.message,
    code: 'invalid_tree',
    ...(issue.nodeId !== undefined ? { nodeId: issue.nodeId } : {}),
  }));
}
