import type { EvaluationOptions, ProfileInput } from '@/lib/segments';
import type { Column } from '../storage/column';
import { tableDictionary } from '../storage/dictionary';
import { type IndexData, type Timeline, slotOfId } from '../storage/index-data';
import { STRING_BASE } from '../storage/tags';
import { shared } from '../storage/typed';
import type { CompileEnv } from './condition';

// What compiling a tree's conditions needs, the same on the main thread and in a counting
// worker: the snapshot, asOf, segment members and where property columns come from.
export interface EnvParts {
  members?: Readonly<Record<string, readonly number[]>>;
  property: (timeline: Timeline, key: string) => Column | undefined;
  /** The profile handed to a segmentMembership lookup (main thread only). */
  profile?: (slot: number) => ProfileInput;
  externalIdColumn: () => Column;
}

export function compileEnv(data: IndexData, options: EvaluationOptions, parts: EnvParts): CompileEnv {
  const masks = new Map<string, Uint8Array>();
  const { members } = parts;
  return {
    data,
    asOf: options.asOf,
    options,
    segmentMask:
      members &&
      ((key) => {
        let mask = masks.get(key);
        if (!mask) {
          masks.set(key, (mask = new Uint8Array(data.size)));
          for (const id of members[key] ?? []) {
            const slot = slotOfId(data, id);
            if (slot >= 0) mask[slot] = 1;
          }
        }
        return mask;
      }),
    property: parts.property,
    profile: parts.profile ?? (() => {
      throw new Error('segment conditions need segmentMembers to be counted off the main thread');
    }),
    externalIdColumn: parts.externalIdColumn,
  };
}

/** External ids as a column whose dictionary is the id table itself (code = slot). */
export function externalIdColumn(data: IndexData): Column {
  const codes = shared(Int32Array, data.size);
  for (let slot = 0; slot < data.size; slot++) codes[slot] = STRING_BASE + slot;
  return { kind: 'dense', length: data.size, codes, nums: null, dict: tableDictionary(data.externalIds), arrays: null, cache: {} };
}
