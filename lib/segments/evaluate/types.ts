// What the evaluator reads. Shapes mirror the Profile and Event rows (JSON columns already
// parsed); nothing here depends on Prisma, so the SQL and in-memory engines can feed it too.

export type ProfileInput = {
  id: number | string;
  externalId: string;
  traits?: unknown;
  /** `{analytics?, personalization?, marketing?}`; only JSON booleans mean anything. */
  consent?: unknown;
  /** Last-seen context: a flat object with the keys of CONTEXT_STRING_FIELDS. */
  context?: unknown;
  /** `{rfm?: {r, f, m, label}, engagement?}` — see docs/SEGMENTS.md. */
  scores?: unknown;
};

export type EventInput = {
  name: string;
  /** Milliseconds since the epoch, or a Date. */
  timestamp: number | Date;
  properties?: unknown;
  messageId?: string | null;
};

export type EvaluationInput = {
  profile: ProfileInput;
  /** In storage order: when a messageId repeats, the first one listed is kept. */
  events: readonly EventInput[];
  /** The live request's context (evaluation route); overrides the stored one key by key. */
  requestContext?: Record<string, unknown> | null;
};

export type SegmentRef = { segmentKey: string; treeId?: string };

/** Whether `profile` is in the segment of another (published) tree. */
export type SegmentMembership = (ref: SegmentRef, profile: ProfileInput) => boolean;

export type EvaluationOptions = {
  /** The instant everything is evaluated at, in ms since the epoch. */
  asOf: number;
  /** Workspace setting: only `consent.personalization === true` may be personalised. */
  requireOptIn?: boolean;
  /** Needed by `segment` conditions; evaluating one without it throws. */
  segmentMembership?: SegmentMembership;
};
