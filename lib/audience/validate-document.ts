import { ApiError } from '@/lib/api/errors';
import { type TreeDocument, validateTree } from '@/lib/segments';
import { type TreeIssue, treeIssues } from './tree-issues';

/**
 * Validates a tree document with the core: errors → 422 carrying the core's messages as
 * issues; otherwise the parsed document (canvas extras stripped) and the warnings, which a
 * draft may have (a branch left open) and the caller returns alongside its answer.
 */
export function validateDocumentOr422(doc: unknown, prefix: (string | number)[]): { document: TreeDocument; warnings: TreeIssue[] } {
  const { errors, warnings, tree } = validateTree(doc);
  if (!tree) {
    const first = errors[0]?.message ?? 'The tree is not valid.';
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
    throw new ApiError('validation_failed', `The tree cannot be used as it is: ${first}${more}`, treeIssues(errors, prefix));
  }
  return { document: tree, warnings: treeIssues(warnings, prefix) };
}
