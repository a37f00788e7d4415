import type { EvaluationInput } from '@/lib/segments';
import { prisma } from '@/lib/db/client';

// Writing random profiles into a test workspace through Prisma, and reading the workspace
// back as the evaluator's inputs: the reference the index loaded from the same rows must
// agree with. Values JSON cannot hold (NaN, invalid timestamps) are dropped on the way in;
// the reference is whatever the database returns.
// Storage refuses lone surrogates (not valid JSON text for PostgreSQL or Prisma).
const wellFormed = (_: string, v: unknown) => (typeof v === 'string' ? v.toWellFormed() : v);
const json = (value: unknown, fallback: unknown = {}) => JSON.parse(JSON.stringify(value ?? fallback, wellFormed) ?? 'null') ?? fallback;

let messageIds = 0;

export async function insertInputs(workspaceId: string, inputs: readonly EvaluationInput[], prefix: string): Promise<number[]> {
  const ids: number[] = [];
  for (const [k, input] of inputs.entries()) {
    const { profile } = input;
    const created = await prisma.profile.create({
      data: {
        workspaceId,
        externalId: `${prefix}${k}-${profile.externalId}`,
        traits: json(profile.traits),
        consent: json(profile.consent),
        context: json(profile.context),
        scores: json(profile.scores),
      },
    });
    ids.push(created.id);
    const events = input.events.flatMap((e) => {
      const ms = e.timestamp instanceof Date ? e.timestamp.getTime() : Number(e.timestamp);
      if (!Number.isFinite(ms) || typeof e.name !== 'string') return [];
      // messageIds are unique per workspace in storage; keep some absent.
      const messageId = e.messageId ? `${prefix}${++messageIds}` : null;
      return [{ workspaceId, profileId: created.id, name: e.name, timestamp: new Date(ms), properties: json(e.properties), messageId }];
    });
    if (events.length) await prisma.event.createMany({ data: events });
  }
  return ids;
}

/** Every profile of the workspace with its events in storage order, as countTree reads them. */
export async function readInputs(workspaceId: string): Promise<EvaluationInput[]> {
  const rows = await prisma.profile.findMany({ where: { workspaceId }, orderBy: { id: 'asc' }, include: { events: { orderBy: { id: 'asc' } } } });
  return rows.map((p) => ({
    profile: { id: p.id, externalId: p.externalId, traits: p.traits, consent: p.consent, context: p.context, scores: p.scores },
    events: p.events.map((e) => ({ name: e.name, timestamp: e.timestamp, properties: e.properties, messageId: e.messageId })),
  }));
}
