import 'server-only';
import { ApiError } from '@/lib/api/errors';
import { deleteExperiment } from '@/lib/db/queries/experiments/delete-experiment';
import type { Experiment } from '@/lib/db/queries/experiments/experiment-shape';
import { findExperiment } from '@/lib/db/queries/experiments/find-experiment';
import { listExperiments } from '@/lib/db/queries/experiments/list-experiments';
import { listSlotOptions } from '@/lib/db/queries/experiments/list-slot-options';
import { setExperimentStatus } from '@/lib/db/queries/experiments/set-experiment-status';
import { invalidateEvaluation } from '@/lib/evaluate/workspace-state';
import { audiencesOverlap, checkReferences } from '@/lib/experiments/check-references';
import { experimentOr404 } from './experiment-or-404';

// draft → running (start) → stopped (stop). A stopped experiment does not restart: its
// results describe one period; run a new experiment (a new key) for another. Every write
// tells evaluation (invalidateEvaluation), whose cached state holds the running experiments.

const changedMeanwhile = () => new ApiError('conflict', 'The experiment changed status meanwhile; reload and try again.');

export async function startExperiment(workspaceId: string, experimentId: string, now = new Date()): Promise<Experiment> {
  const experiment = await experimentOr404(workspaceId, experimentId);
  if (experiment.status !== 'draft') throw new ApiError('conflict', `Only a draft can start; this experiment is ${experiment.status}.`);
  // Variants or segments may have gone since the draft was saved.
  const [slot] = await listSlotOptions(workspaceId, experiment.slot.id);
  const issues = checkReferences(experiment, slot);
  if (issues.length) throw new ApiError('validation_failed', issues[0].message, issues);
  const running = await listExperiments(workspaceId, { status: 'running', slotId: experiment.slot.id });
  const clash = running.find((r) => audiencesOverlap(r.segmentKey, experiment.segmentKey));
  if (clash) {
    throw new ApiError('conflict', `"${clash.name}" already runs in this slot for ${clash.segmentKey ? `segment ${clash.segmentKey}` : 'all segments'}; a visitor can only be in one experiment per slot. Stop it first.`);
  }
  if (!(await setExperimentStatus(workspaceId, experimentId, 'draft', 'running', now))) throw changedMeanwhile();
  invalidateEvaluation(workspaceId);
  return (await findExperiment(workspaceId, experimentId))!;
}

export async function stopExperiment(workspaceId: string, experimentId: string, now = new Date()): Promise<Experiment> {
  const experiment = await experimentOr404(workspaceId, experimentId);
  if (experiment.status !== 'running') throw new ApiError('conflict', `Only a running experiment can stop; this one is ${experiment.status}.`);
  if (!(await setExperimentStatus(workspaceId, experimentId, 'running', 'stopped', now))) throw changedMeanwhile();
  invalidateEvaluation(workspaceId);
  return (await findExperiment(workspaceId, experimentId))!;
}

export async function removeExperiment(workspaceId: string, experimentId: string): Promise<void> {
  const experiment = await experimentOr404(workspaceId, experimentId);
  if (experiment.status === 'running') throw new ApiError('conflict', 'Stop the experiment before deleting it.');
  if (!(await deleteExperiment(workspaceId, experimentId))) throw changedMeanwhile();
  invalidateEvaluation(workspaceId);
}
