import { generateDemoBatches } from '@/lib/demo';
import { hashString, mix32, rngFor } from '@/lib/demo/random';

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

// --context: what a site's back end forwards from its visitors' requests, so the server
// enriches every event (device/os/browser from the user agent, place from the address).
// Each customer keeps one browser and one public IPv4 address.
const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
];

function visitorContext(externalId: string): { userAgent: string; ip: string } {
  const h = hashString(externalId);
  const g = mix32(h);
  // First octet 11–199 except 127 (loopback): public unicast space, spread over countries.
  const first = 11 + (g % 189);
  return {
    userAgent: USER_AGENTS[h % USER_AGENTS.length],
    ip: `${first === 127 ? 128 : first}.${(g >>> 8) & 255}.${(g >>> 16) & 255}.${1 + ((g >>> 24) % 254)}`,
  };
}

export function buildPayloads(opts: { events: number; batchSize: number; run: string; asOf: number; withContext?: boolean }): Payloads {
  const records: object[] = [];
  const stream = generateDemoBatches({
    profiles: Math.max(1, Math.round(opts.events / 20)), events: opts.events, seed: 2026, asOf: opts.asOf, idPrefix: `${opts.run}-cust-`,
  });
  for (const batch of stream) {
    for (const e of batch.events) {
      const record = { externalId: e.externalId, event: e.name, timestamp: new Date(e.timestamp).toISOString(), properties: e.properties, messageId: e.messageId };
      records.push(opts.withContext ? { ...record, context: visitorContext(e.externalId) } : record);
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
