import { generateDemoBatches } from '@/lib/demo';
import { rngFor } from '@/lib/demo/random';

// Request bodies for POST /api/v1/events, serialised before the clock starts so the
// benchmark measures the server, not the client. Events come from the demo generator
// (realistic names, properties and sizes), with external ids and messageIds unique per run
// so every run does the same work: new profiles, new events, no duplicates. Events of many
// customers are interleaved, as traffic from a site's back end would be.
export interface Payloads {
  bodies: string[];
  events: number;
}

const SHUFFLE_WINDOW = 20_000;

export function buildPayloads(opts: { events: number; batchSize: number; run: string; asOf: number }): Payloads {
  const records: object[] = [];
  const stream = generateDemoBatches({
    profiles: Math.max(1, Math.round(opts.events / 20)), events: opts.events, seed: 2026, asOf: opts.asOf, idPrefix: `${opts.run}-cust-`,
  });
  for (const batch of stream) {
    for (const e of batch.events) {
      records.push({ externalId: e.externalId, event: e.name, timestamp: new Date(e.timestamp).toISOString(), properties: e.properties, messageId: e.messageId });
    }
  }
  const rng = rngFor(2026, `shuffle-${opts.run}`, 0);
  for (let start = 0; start < records.length; start += SHUFFLE_WINDOW) {
    const end = Math.min(records.length, start + SHUFFLE_WINDOW);
    for (let i = end - 1; i > start; i--) {
      const j = start + Math.floor(rng.next() * (i - start + 1));
      [records[i], records[j]] = [records[j], records[i]];
    }
  }
  const bodies: string[] = [];
  for (let i = 0; i < records.length; i += opts.batchSize) bodies.push(JSON.stringify({ events: records.slice(i, i + opts.batchSize) }));
  return { bodies, events: records.length };
}
