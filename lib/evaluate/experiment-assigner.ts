import 'server-only';
import { chooseExperimentArm } from '@/lib/experiments/choose-arm';
import { type Assignment, type AssignmentRequest, type ExperimentAssigner, noExperiments } from './assign-experiment';
import type { RunningExperiment, WorkspaceState } from './core/types';
import { insertExposure, readExposure } from './exposure-sql';

/**
 * The assigner for one request, over the cached workspace state (running experiments by
 * slot, reloaded when an experiment is created, edited, started or stopped). With no running
 * experiment it is `noExperiments`, so evaluation awaits nothing extra.
 *
 * Who is enrolled (docs/EXPERIMENTS.md, "Assignment, exposure and stickiness"):
 * - a stored profile: its arm (the exposure's, else the hash's), and the first exposure is recorded;
 * - an externalId nobody has sent yet: the hash's arm is served, so the visitor sees the same
 *   arm on every page before their profile exists, but nothing is recorded (there is no profile
 *   to record it for; the first evaluation after the profile exists records it, with the same
 *   arm unless the weights changed meanwhile). Known and unknown ids are answered alike, so
 *   the answer reveals nothing about which ids exist;
 * - no externalId: not enrolled; the slot's normal content.
 */
export function experimentAssigner(state: WorkspaceState): ExperimentAssigner {
  if (state.experiments.size === 0) return noExperiments;
  return { active: (slotId) => state.experiments.has(slotId), assign: (request) => assign(state, request) };
}

async function assign(state: WorkspaceState, request: AssignmentRequest): Promise<Assignment | null> {
  const { externalId, profileId } = request;
  if (externalId === null) return null;
  for (const experiment of state.experiments.get(request.slot.id) ?? []) {
    const input = { experiment, profileId: externalId, consent: request.consent, requireOptIn: state.requireOptIn, segmentKey: request.segmentKey };
    // The rules that need no exposure (status, consent, segment) first: most visitors of a
    // segment-scoped experiment's slot are not in it, and they cost no read.
    const fresh = chooseExperimentArm({ ...input, exposure: null });
    if (!fresh) continue;
    if (profileId === null) return served(experiment, fresh.arm.key, request);
    // No exposure yet: the same inputs as `fresh`, so the same answer.
    const exposure = await readExposure(experiment.id, profileId);
    const decision = exposure ? chooseExperimentArm({ ...input, exposure }) : fresh;
    if (!decision) return null;
    if (!decision.recordExposure) return served(experiment, decision.arm.key, request);
    const row = { experimentId: experiment.id, profileId, arm: decision.arm.key, segmentKey: request.segmentKey, exposedAt: Date.now() };
    const outcome = await insertExposure(row);
    if (outcome !== 'exists') return served(experiment, decision.arm.key, request);
    // A concurrent request recorded this visitor first: its arm wins.
    const winner = await readExposure(experiment.id, profileId);
    return served(experiment, winner?.arm ?? decision.arm.key, request);
  }
  return null;
}

function served(experiment: RunningExperiment, armKey: string, request: AssignmentRequest): Assignment | null {
  const index = experiment.arms.findIndex((a) => a.key === armKey);
  if (index < 0) return null;
  const shown = experiment.armVariants[index];
  // The arm's own content belongs to no segment's variant: it names the visitor's segment.
  const variant = shown === null ? request.variant : shown.id === null ? { ...shown, segmentKey: request.segmentKey } : shown;
  return { variant, experiment: { key: experiment.key, arm: armKey } };
}
