import 'server-only';
import { ApiError } from '@/lib/api/errors';
import { createExperiment, type ExperimentFields } from '@/lib/db/queries/experiments/create-experiment';
import type { Experiment } from '@/lib/db/queries/experiments/experiment-shape';
import { listSlotOptions } from '@/lib/db/queries/experiments/list-slot-options';
import { updateExperiment } from '@/lib/db/queries/experiments/update-experiment';
import { invalidateEvaluation } from '@/lib/evaluate/workspace-state';
import { type Arm, startedArmChanges, weightsChanged } from '@/lib/experiments/arms';
import { checkReferences } from '@/lib/experiments/check-references';
import type { CreateExperimentInput, ExperimentStatus, UpdateExperimentInput } from '@/lib/validations/experiments';
import { experimentOr404 } from './experiment-or-404';

// Create and edit with the rules that need the database or the status (docs/EXPERIMENTS.md,
// "Changing an experiment"): references must exist in the slot; once started, only the name,
// the weights and the secondary metrics change (arms keep their keys, order and content; the
// primary metric is fixed so it cannot be chosen after seeing the data).

const EDITABLE: Record<ExperimentStatus, ReadonlySet<keyof UpdateExperimentInput>> = {
  draft: new Set(['key', 'name', 'slotId', 'segmentKey', 'arms', 'primaryMetric', 'secondaryMetrics']),
  running: new Set(['name', 'arms', 'secondaryMetrics']),
  stopped: new Set(['name', 'secondaryMetrics']),
};

/** JSON equality that ignores key order (PostgreSQL's jsonb does not keep it). */
function sameJson(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** Clients never set when weights took effect: the server does. */
const withoutSince = (arms: readonly Arm[]): Arm[] => arms.map(({ weightsSince: _ignored, ...arm }) => arm);

async function checkReferencesOr422(workspaceId: string, fields: Pick<ExperimentFields, 'slotId' | 'segmentKey' | 'arms'>) {
  const [slot] = await listSlotOptions(workspaceId, fields.slotId);
  const issues = checkReferences(fields, slot);
  if (issues.length) throw new ApiError('validation_failed', issues[0].message, issues);
}

export async function saveNewExperiment(workspaceId: string, input: CreateExperimentInput): Promise<Experiment> {
  const fields: ExperimentFields = { ...input, arms: withoutSince(input.arms) };
  await checkReferencesOr422(workspaceId, fields);
  const created = await createExperiment(workspaceId, fields);
  invalidateEvaluation(workspaceId); // evaluation caches the running experiments
  return created;
}

export async function saveExperimentChanges(workspaceId: string, experimentId: string, input: UpdateExperimentInput, now = new Date()): Promise<Experiment> {
  const current = await experimentOr404(workspaceId, experimentId);
  const patch: Partial<ExperimentFields> = { ...input, arms: input.arms ? withoutSince(input.arms) : undefined };
  if (!patch.arms) delete patch.arms;
  const currentFields: ExperimentFields = {
    key: current.key, name: current.name, slotId: current.slot.id, segmentKey: current.segmentKey,
    arms: withoutSince(current.arms), primaryMetric: current.primaryMetric, secondaryMetrics: current.secondaryMetrics,
  };

  // Sending a field unchanged is fine (forms send everything); changing a locked one is a 409.
  const locked = (Object.keys(patch) as (keyof ExperimentFields)[]).filter(
    (field) => !EDITABLE[current.status].has(field) && !sameJson(patch[field], currentFields[field]),
  );
  if (locked.length) {
    throw new ApiError('conflict', `A ${current.status} experiment cannot change its ${locked.join(', ')}.`, locked.map((f) => ({ path: [f], message: `Locked while ${current.status}.` })));
  }
  if (patch.arms && current.status !== 'draft') {
    const problems = startedArmChanges(currentFields.arms, patch.arms);
    if (problems.length) throw new ApiError('conflict', problems[0].message, problems);
  }
  if (patch.arms) patch.arms = stampWeights(current, patch.arms, now);

  const merged = { ...currentFields, ...patch };
  if (patch.slotId !== undefined || patch.segmentKey !== undefined || patch.arms !== undefined) await checkReferencesOr422(workspaceId, merged);
  const saved = await updateExperiment(workspaceId, experimentId, current.status, patch);
  if (!saved) throw new ApiError('conflict', 'The experiment was started, stopped or deleted meanwhile; reload and try again.');
  invalidateEvaluation(workspaceId); // new weights apply to the next visitor
  return saved;
}

/**
 * Carries each arm's weightsSince over, and restarts it for all arms when the weights of a
 * running experiment change, so the sample-ratio check compares like with like.
 */
function stampWeights(current: Experiment, arms: Arm[], now: Date): Arm[] {
  if (current.status === 'running' && weightsChanged(withoutSince(current.arms), arms)) {
    return arms.map((a) => ({ ...a, weightsSince: now.toISOString() }));
  }
  const since = new Map(current.arms.map((a) => [a.key, a.weightsSince]));
  return arms.map((a) => (since.get(a.key) ? { ...a, weightsSince: since.get(a.key) } : a));
}
