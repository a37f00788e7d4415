import type { EvaluationInput, EventInput } from '../evaluate/types';

/** Saturday 2024-06-15 12:00 UTC: the default asOf of every table. */
export const AS_OF = Date.parse('2024-06-15T12:00:00.000Z');
export const ms = (iso: string) => Date.parse(iso);

export type CaseInput = {
  traits?: unknown;
  externalId?: string;
  events?: EventInput[];
  context?: unknown;
  requestContext?: Record<string, unknown> | null;
  scores?: unknown;
  consent?: unknown;
  /** Segments of other trees the profile is in (for `segment` conditions). */
  memberOf?: string[];
};

/** [name, condition, input, expected, asOf?] — GrowthBook-style: the table is the spec. */
export type ConditionCase = [name: string, condition: unknown, input: CaseInput, expected: boolean, asOf?: number];

export function makeInput(c: CaseInput): EvaluationInput {
  return {
    profile: {
      id: 1,
      externalId: c.externalId ?? 'u-1',
      traits: 'traits' in c ? c.traits : {},
      consent: c.consent,
      context: c.context,
      scores: c.scores,
    },
    events: c.events ?? [],
    requestContext: c.requestContext,
  };
}

export function ev(name: string, iso: string, properties?: unknown, messageId?: string | null): EventInput {
  return { name, timestamp: Date.parse(iso), properties, messageId };
}

/** Shorthand for an attribute condition on a trait. */
export const attr = (field: string, operator: string, value?: unknown) =>
  value === undefined ? { type: 'attribute', field, operator } : { type: 'attribute', field, operator, value };
