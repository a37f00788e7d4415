import { ApiError } from '@/lib/api/errors';
import { type CompiledTree, type TreeDocument, TreeValidationError, compileTree } from '@/lib/segments';

/**
 * Compiles a stored published version. It was valid when published; should a later release
 * of the core refuse it, callers get a 422 naming the tree to republish, not a 500.
 */
export function compilePublished(document: TreeDocument, tree: { treeName: string; version: number }): CompiledTree {
  try {
    return compileTree(document);
  } catch (error) {
    if (!(error instanceof TreeValidationError)) throw error;
    const first = error.errors[0]?.message ?? 'it is not valid';
    throw new ApiError('validation_failed', `Version ${tree.version} of tree '${tree.treeName}' can no longer be evaluated (${first}). Fix and republish it.`);
  }
}
