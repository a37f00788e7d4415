import { isExcludedForConsent } from '@/lib/segments';
import type { Arm } from './arms';
import { assignArm } from './assignment';

/**
 * THE SEAM between evaluation and experiments: POST /api/v1/evaluate calls this once per
 * running experiment of the slot it serves, then records an exposure when told to. Pure, so
 * the route owns all I/O:
 *
 *   1. load the running experiments of the slot, the profile's Exposure row for each (if any);
 *   2. decision = chooseExperimentArm({ experiment, profileId: externalId, consent, requireOptIn,
 *      segmentKey, exposure });
 *   3. decision === null → serve the slot's normal content; otherwise serve decision.arm's
 *      variant (variantId null: the normal content) and, if decision.recordExposure, insert
 *      Exposure { experimentId, profileId (internal), arm: decision.arm.key, segmentKey,
 *      exposedAt: now } — with the unique (experimentId, profileId) index, a concurrent
 *      duplicate fails (P2002) and the route keeps the row that won (re-read it and serve that arm).
 *
 * Rules, in order:
 *   - only a `running` experiment assigns anyone;
 *   - no consent, no experiment: a profile excluded for consent (the same rule as segmentation,
 *     isExcludedForConsent) is neither assigned nor recorded;
 *   - an experiment for one segment applies only while the profile is in that segment;
 *   - sticky: an existing exposure's arm wins over the hash, whatever the weights are now
 *     (changing weights never moves an exposed profile), and is not recorded again;
 *   - otherwise the hash of `experimentKey:externalId` picks the arm by cumulative weight
 *     (assignment.ts), and the exposure is to be recorded.
 */

export interface ExperimentForAssignment {
  key: string;
  status: string;
  /** null: every segment of the slot's tree. */
  segmentKey: string | null;
  arms: readonly Arm[];
}

export interface ChooseArmInput {
  experiment: ExperimentForAssignment;
  /** The profile's externalId: what the site knows, so any SDK can compute the same arm. */
  profileId: string;
  /** The profile's consent object (Profile.consent). */
  consent: unknown;
  /** The workspace's opt-in setting. */
  requireOptIn?: boolean;
  /** The profile's segment in the slot's tree now (null: in none). */
  segmentKey: string | null;
  /** The profile's Exposure row for this experiment, if one exists. */
  exposure: { arm: string } | null;
}

export interface ArmDecision {
  arm: Arm;
  /** True the first time: the caller inserts the Exposure row. */
  recordExposure: boolean;
}

export function chooseExperimentArm(input: ChooseArmInput): ArmDecision | null {
  const { experiment } = input;
  if (experiment.status !== 'running') return null;
  if (isExcludedForConsent(input.consent, input.requireOptIn)) return null;
  if (experiment.segmentKey !== null && experiment.segmentKey !== input.segmentKey) return null;
  if (input.exposure) {
    const arm = experiment.arms.find((a) => a.key === input.exposure!.arm);
    // Arms cannot be removed once started, so this only misses for a corrupted row.
    return arm ? { arm, recordExposure: false } : null;
  }
  if (!experiment.arms.some((a) => a.weight > 0)) return null;
  const index = assignArm(experiment.key, input.profileId, experiment.arms.map((a) => a.weight));
  return { arm: experiment.arms[index], recordExposure: true };
}
