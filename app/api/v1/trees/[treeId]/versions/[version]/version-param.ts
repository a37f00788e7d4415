import { ApiError } from '@/lib/api/errors';
import { versionParamSchema } from '@/lib/validations/trees';
import type { TreeParams } from '../../tree-param';

export type VersionParams = TreeParams & { version: string };

/** The version number in the path; one that cannot be a version names none (404). */
export function versionNumber(params: VersionParams): number {
  const parsed = versionParamSchema.safeParse(params.version);
  if (!parsed.success) throw new ApiError('not_found', 'No such version of a tree in this workspace.');
  return parsed.data;
}
