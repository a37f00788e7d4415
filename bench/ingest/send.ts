// Sends pre-built bodies with a fixed number of requests in flight and tallies the
// responses. Any non-200 answer stops the run: a benchmark of failures means nothing.
export interface SendResult {
  seconds: number;
  accepted: number;
  duplicates: number;
  rejected: number;
}

export async function sendAll(baseUrl: string, key: string, bodies: string[], inFlight: number): Promise<SendResult> {
  const result: SendResult = { seconds: 0, accepted: 0, duplicates: 0, rejected: 0 };
  let next = 0;
  const started = performance.now();
  async function worker() {
    while (next < bodies.length) {
      const body = bodies[next++];
      const res = await fetch(`${baseUrl}/api/v1/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body,
      });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`POST /api/v1/events answered ${res.status}: ${text.slice(0, 300)}`);
      const report = JSON.parse(text) as { accepted: number; duplicates: number; rejected: unknown[] };
      result.accepted += report.accepted;
      result.duplicates += report.duplicates;
      result.rejected += report.rejected.length;
    }
  }
  await Promise.all(Array.from({ length: inFlight }, worker));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
