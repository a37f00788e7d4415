import {
  type CompiledTree,
  type EvaluationInput,
  type EvaluationOptions,
  MissingSegmentMembershipError,
  type TreeCounts,
  type TreeEvaluation,
  compileTree,
  countTree as referenceCountTree,
  evaluateTree,
  isCompiledTree,
} from '@/lib/segments';
import { profileId } from './build/from-inputs';
import { compileEnv, externalIdColumn } from './compile/env';
import { propertyNeeds } from './compile/property-needs';
import { countPlan } from './count/count-plan';
import { wordsFor } from './compile/bits';
import { type CountRange, type RootSet, countRange, rootSet, toTreeCounts } from './count/count-bits';
import { countPool } from './count/count-pool';
import { addCounts } from './count/merge-counts';
import { SlotProfile, reconstructEvents, reconstructProfile } from './evaluate/reconstruct';
import { PropertyColumns, type PropertySource } from './property-columns';
import type { Column } from './storage/column';
import { CONSENT_FALSE, CONSENT_OTHER, type IndexData, indexBytes, slotOfId } from './storage/index-data';
import { sharedCopy } from './storage/typed';

// One workspace's audience: the columnar snapshot plus what changed since it was built.
// A profile that changed (or is new) lives in the overlay as a plain EvaluationInput,
// evaluated by the reference evaluator, while its slot is masked; an erased profile is just
// masked. So counts stay exact between rebuilds; only their speed degrades as the overlay
// grows, which is what the registry's rebuild threshold watches.
export type IndexCountOptions = EvaluationOptions & {
  /**
   * Members of other trees' segments by profile id, for `segment` conditions: much faster
   * than asking segmentMembership once per profile. Takes precedence over it.
   */
  segmentMembers?: Readonly<Record<string, readonly number[]>>;
};
export type EvaluateOptions = IndexCountOptions & { requestContext?: Record<string, unknown> | null };

export interface ProfileChanges {
  /** Current state of changed or new profiles, with all their events in storage order. */
  upserts?: readonly EvaluationInput[];
  erasedIds?: readonly number[];
}

/** Below `parallelFrom` profiles a count is too quick to be worth a second thread (tests lower it). */
export const COUNT_LIMITS = { parallelFrom: 100_000 };

export class AudienceIndex {
  /** Whether counts may use the worker threads (count/count-pool.ts). */
  threads = true;
  /** Per slot: 0 when masked (changed or erased since the build), else its consent code. */
  private readonly state: Uint8Array;
  private live: number;
  private readonly overlay = new Map<number, EvaluationInput>();
  private readonly overlayIds = new Map<string, number>();
  private readonly properties: PropertyColumns;
  private externalIds?: Column;
  /** Root sets by requireOptIn, until the next change. */
  private roots: (RootSet | undefined)[] = [];

  constructor(
    readonly data: IndexData,
    source?: PropertySource,
  ) {
    this.state = sharedCopy(Uint8Array, data.consent, data.size);
    this.live = data.size;
    this.properties = new PropertyColumns(data, source, (slot) => this.state[slot] !== 0);
  }

  /** Called with slots found to differ from the database while loading a property column. */
  set onStale(listener: ((profileIds: number[]) => void) | undefined) {
    this.properties.onStale = listener && ((slots) => listener(slots.map((s) => this.data.ids[s])));
  }

  get profiles(): number {
    return this.live + this.overlay.size;
  }

  get overlaySize(): number {
    return this.overlay.size;
  }

  bytes(): number {
    return indexBytes(this.data) + this.state.byteLength + (this.externalIds?.codes.byteLength ?? 0);
  }

  async countTree(tree: CompiledTree | unknown, countOptions: IndexCountOptions): Promise<TreeCounts> {
    const { compiled, needs, options, root, overlay } = await this.prepare(tree, countOptions);
    const words = wordsFor(this.data.size);
    const pool = this.threads && this.data.size >= COUNT_LIMITS.parallelFrom && (!compiled.usesSegments || countOptions.segmentMembers) ? await countPool() : null;
    const plan = this.plan(compiled, options, countOptions.segmentMembers);
    const ranges: Promise<CountRange>[] = [];
    let local: [number, number] = [0, words];
    if (pool) {
      // Equal shares of the words; the main thread takes the first.
      const share = Math.ceil(words / (pool.size + 1));
      const remote = Array.from({ length: pool.size }, (_, k): [number, number] => [Math.min(words, share * (k + 1)), Math.min(words, share * (k + 2))]);
      local = [0, Math.min(words, share)];
      const columns = needs.flatMap(({ event, key }) => {
        const timeline = this.data.timelines.get(event);
        const column = timeline && this.properties.get(timeline, key);
        return timeline && column ? [{ timeline, key, column }] : [];
      });
      pool.count(this.data, compiled, options.asOf, countOptions.segmentMembers, columns, root, remote).forEach((promise, k) => {
        // A thread that cannot count leaves its range to this one: same result, slower.
        ranges.push(
          promise.catch((error: Error) => {
            warnOnce(`[audience-index] a counting thread failed, counting on this one: ${error.message}`);
            return countRange(plan, root, remote[k][0], remote[k][1]);
          }),
        );
      });
    }
    const mine = countRange(plan, root, local[0], local[1]);
    const counts = toTreeCounts(compiled, root, [mine, ...(await Promise.all(ranges))]);
    return overlay.length === 0 ? counts : addCounts(counts, referenceCountTree(compiled, overlay, options));
  }

  /**
   * Profile ids (ascending) in each segment of the tree: what `segment` conditions of other
   * trees read, and the member lists of GET /segments/{key}/members. The set-wise walk of a
   * count on this thread, reading the sets that reach segment nodes; the overlay through
   * the reference evaluator.
   */
  async members(tree: CompiledTree | unknown, countOptions: IndexCountOptions): Promise<Record<string, number[]>> {
    const { compiled, options, root, overlay } = await this.prepare(tree, countOptions);
    const members: Record<string, number[]> = Object.fromEntries(compiled.segmentKeys.map((key) => [key, [] as number[]]));
    const plan = this.plan(compiled, options, countOptions.segmentMembers);
    countRange(plan, root, 0, wordsFor(this.data.size), (key, bits) => {
      const ids = members[key];
      for (let w = 0; w < bits.length; w++) {
        for (let word = bits[w]; word !== 0; word &= word - 1) ids.push(this.data.ids[(w << 5) + (31 - Math.clz32(word & -word))]);
      }
    });
    for (const input of overlay) {
      const { segment } = evaluateTree(compiled, input, options);
      if (segment !== null) members[segment]?.push(profileId(input));
    }
    for (const ids of Object.values(members)) ids.sort((a, b) => a - b);
    return members;
  }

  /**
   * What a walk over the slots needs. From here until the walk ends, state and overlay are
   * read once: a change applied meanwhile replaces the root set rather than editing it, so
   * every range (and thread) sees one snapshot.
   */
  private async prepare(tree: CompiledTree | unknown, countOptions: IndexCountOptions) {
    const compiled = isCompiledTree(tree) ? tree : compileTree(tree);
    const needs = propertyNeeds(compiled);
    await this.properties.ensure(needs);
    const options = withMembership(countOptions);
    if (!Number.isFinite(options.asOf)) throw new TypeError('asOf must be a finite number of milliseconds.');
    if (compiled.usesSegments && !options.segmentMembership && this.profiles > 0) throw new MissingSegmentMembershipError();
    return { compiled, needs, options, root: this.root(!!options.requireOptIn), overlay: [...this.overlay.values()] };
  }

  private plan(compiled: CompiledTree, options: EvaluationOptions, members: IndexCountOptions['segmentMembers']) {
    const env = compileEnv(this.data, options, {
      members,
      property: (timeline, key) => this.properties.get(timeline, key),
      profile: (slot) => new SlotProfile(this.data, slot),
      externalIdColumn: () => (this.externalIds ??= externalIdColumn(this.data)),
    });
    return countPlan(compiled, env);
  }

  /** The tree's answer for one profile, or null when the workspace has no such profile. */
  async evaluate(externalId: string, tree: CompiledTree | unknown, options: EvaluateOptions): Promise<TreeEvaluation | null> {
    const compiled = isCompiledTree(tree) ? tree : compileTree(tree);
    const input = await this.input(externalId, compiled);
    if (!input) return null;
    const { requestContext, segmentMembers: _, ...evaluation } = withMembership(options);
    return evaluateTree(compiled, { ...input, requestContext }, evaluation);
  }

  /** The evaluator's input for a profile, as the index holds it (overlay or reconstructed). */
  async input(externalId: string, compiled?: CompiledTree): Promise<EvaluationInput | null> {
    const id = this.overlayIds.get(externalId);
    if (id !== undefined) return this.overlay.get(id)!;
    const slot = this.data.externalIds.find(externalId);
    if (slot < 0 || this.state[slot] === 0) return null;
    if (compiled) await this.properties.ensure(propertyNeeds(compiled));
    return { profile: reconstructProfile(this.data, slot), events: reconstructEvents(this.data, slot) };
  }

  applyChanges(changes: ProfileChanges): void {
    for (const id of changes.erasedIds ?? []) {
      this.mask(id);
      const erased = this.overlay.get(id);
      if (erased) {
        this.overlay.delete(id);
        if (this.overlayIds.get(erased.profile.externalId) === id) this.overlayIds.delete(erased.profile.externalId);
      }
    }
    for (const input of changes.upserts ?? []) {
      const id = profileId(input);
      this.mask(id);
      const previous = this.overlay.get(id);
      if (previous && this.overlayIds.get(previous.profile.externalId) === id) this.overlayIds.delete(previous.profile.externalId);
      this.overlay.set(id, { profile: input.profile, events: input.events });
      this.overlayIds.set(input.profile.externalId, id);
    }
  }

  /** Whether the profile is answered from the overlay (changed since the build). */
  inOverlay(id: number): boolean {
    return this.overlay.has(id);
  }

  private mask(id: number): void {
    const slot = slotOfId(this.data, id);
    if (slot >= 0 && this.state[slot] !== 0) {
      this.state[slot] = 0;
      this.live--;
      this.roots = [];
    }
  }

  private root(requireOptIn: boolean): RootSet {
    const k = requireOptIn ? 1 : 0;
    return (this.roots[k] ??= rootSet(this.state, exclusionTable(requireOptIn)));
  }
}

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

/** segmentMembers as the evaluator's lookup, for the overlay and single profiles. */
function withMembership<T extends IndexCountOptions>(options: T): T {
  const members = options.segmentMembers;
  if (!members) return options;
  const sets = new Map(Object.entries(members).map(([key, ids]) => [key, new Set(ids)]));
  return { ...options, segmentMembership: (ref, profile) => sets.get(ref.segmentKey)?.has(Number(profile.id)) ?? false };
}

/** excluded[consent code] === 1 when consent excludes the profile (lib/segments consent rule). */
function exclusionTable(requireOptIn = false): Uint8Array {
  const table = new Uint8Array(4);
  table[CONSENT_FALSE] = 1;
  if (requireOptIn) table[CONSENT_OTHER] = 1;
  return table;
}
