import { ApiError } from '@/lib/api/errors';
import { type TreeDocument, validateTree } from '@/lib/segments';
import { draftDocumentSchema } from '@/lib/validations/trees';
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

/**
 * A draft to save: a valid tree comes back parsed (canvas extras stripped) with no errors; a
 * tree with semantic problems (a branch missing, a value being typed, …) is still saved when
 * it has the document's shape, and its problems come back as `errors`. Only what is not a
 * tree document at all (wrong shape, over the size limits) is a 422. Publish stays strict.
 */
export function parseDraftOr422(doc: unknown, prefix: (string | number)[]): { document: TreeDocument; errors: TreeIssue[] } {
  const { errors, tree } = validateTree(doc);
  if (tree) return { document: tree, errors: [] };
  const shape = draftDocumentSchema.safeParse(doc);
  if (!shape.success) {
    const issues = shape.error.issues.map((i) => ({ path: [...prefix, ...i.path.map((p) => (typeof p === 'number' ? p : String(p)))], message: i.message, code: 'invalid_tree' }));
    throw new ApiError('validation_failed', `This is not a tree document: ${issues[0]?.message ?? 'wrong shape'}`, issues);
  }
  // Stored as the client sent it, apart from the canvas extras the shape strips; readers of a
  // draft re-validate it before evaluating (preview, diff, publish).
  return { document: shape.data as unknown as TreeDocument, errors: treeIssues(errors, prefix) };
}

/** The saved draft's errors, for GET/PUT answers (stored drafts may have problems). */
export function draftErrors(document: TreeDocument, prefix: (string | number)[] = ['document']): TreeIssue[] {
  return treeIssues(validateTree(document).errors, prefix);
}
