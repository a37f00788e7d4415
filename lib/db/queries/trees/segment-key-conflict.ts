import { ApiError } from '@/lib/api/errors';

/** 409 naming each key another tree of the workspace already owns. */
export function segmentKeyConflict(taken: readonly { key: string; treeName: string }[]): ApiError {
  return new ApiError(
    'conflict',
    `Segment keys must be unique in the workspace: ${taken.map((t) => `'${t.key}' is used by tree '${t.treeName}'`).join('; ')}.`,
    taken.map((t) => ({ path: ['segments', t.key], message: `'${t.key}' is used by tree '${t.treeName}'.`, code: 'segment_key_taken' })),
  );
}
