// npm run simulate -- --key <apiKey> (--experiment <id> | --slot <key>) [--users N] [--baseline R] [--lift L] [--seed S]
// Drives synthetic visitors through the public API — profiles, POST /api/v1/evaluate, then
// conversions through /api/v1/batch — with a chosen true lift per arm, so an experiment's
// results page can be checked end to end. See docs/EXPERIMENTS.md, "Simulating traffic".
import { parseArgs } from 'node:util';
import { type ArmTally, converts, parseLift, tallyArms, trueRate } from '@/lib/experiments/simulation/simulation';
import { progressBar } from './progress-bar';
import { UsageError, numberOption } from './number-option';

const USAGE = `Usage: npm run simulate -- --key <apiKey> (--experiment <id> | --slot <key>) [options]
  --url          the studio's address (default $STUDIO_URL or http://localhost:3000)
  --key          an API key with the scopes ingest, evaluate and read (default $STUDIO_API_KEY)
  --experiment   a running experiment's id: its slot, arms, control and conversion event are read from the API
  --slot         or only a slot key: arms are whatever evaluate answers; the control is --control
  --control      the control arm's key with --slot (default control)
  --users        synthetic visitors (default 1000)
  --baseline     the control's true conversion rate, 0–1 (default 0.1)
  --lift         true relative lift: 0.2 for every variant, or per arm: bold=0.3,calm=-0.1 (default 0.1)
  --seed         random seed: the same seed gives the same visitors and conversions (default 1)
  --event        the conversion event (default: the experiment's primary metric's event, else purchase)
  --prefix       externalId prefix (default sim-<seed>); the same prefix reuses the same visitors
  --concurrency  evaluate requests in flight (default 8)
  --json         print the summary as JSON on stdout
  --quiet        no progress display`;

type Options = {
  url: string; key: string; users: number; baseline: number; seed: number; prefix: string; concurrency: number;
  lift: ReturnType<typeof parseLift>; experimentId?: string; slot?: string; control: string; event?: string; json: boolean; quiet: boolean;
};

function readOptions(): Options | null {
  const text = { type: 'string' } as const;
  const flag = { type: 'boolean' } as const;
  const { values: v } = parseArgs({
    options: {
      url: text, key: text, experiment: text, slot: text, control: text, users: text, baseline: text, lift: text,
      seed: text, event: text, prefix: text, concurrency: text, json: flag, quiet: flag, help: { ...flag, short: 'h' },
    },
  });
  if (v.help) return null;
  const key = v.key ?? process.env.STUDIO_API_KEY;
  if (!key) throw new UsageError('pass --key (or set STUDIO_API_KEY): an API key with the scopes ingest, evaluate and read');
  if (!v.experiment === !v.slot) throw new UsageError('pass either --experiment <id> or --slot <key>');
  const seed = numberOption('seed', v.seed, 1, Number.isSafeInteger, 'a whole number');
  let lift;
  try {
    lift = parseLift(v.lift ?? '0.1');
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return {
    url: (v.url ?? process.env.STUDIO_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
    key,
    experimentId: v.experiment,
    slot: v.slot,
    control: v.control ?? 'control',
    event: v.event,
    users: numberOption('users', v.users, 1000, (n) => Number.isSafeInteger(n) && n > 0, 'a whole number ≥ 1'),
    baseline: numberOption('baseline', v.baseline, 0.1, (n) => n >= 0 && n <= 1, 'a rate between 0 and 1'),
    lift,
    seed,
    prefix: v.prefix ?? `sim-${seed}`,
    concurrency: numberOption('concurrency', v.concurrency, 8, (n) => Number.isSafeInteger(n) && n >= 1 && n <= 64, 'a whole number from 1 to 64'),
    json: !!v.json,
    quiet: !!v.quiet,
  };
}

/** One JSON request; waits out 429s (Retry-After), fails with the API's error message otherwise. */
async function call<T>(o: Options, path: string, body?: unknown): Promise<T> {
  for (;;) {
    const res = await fetch(`${o.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${o.key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status === 429) {
      await new Promise((resolve) => setTimeout(resolve, 1000 * Math.max(0.05, Number(res.headers.get('retry-after')) || 1)));
      continue;
    }
    const text = await res.text();
    if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.parse(text || '{}')?.error?.message ?? text}`);
    return JSON.parse(text) as T;
  }
}

type ExperimentInfo = { slot: string; arms: string[]; control: string; event: string; key: string | null };

async function target(o: Options): Promise<ExperimentInfo> {
  if (!o.experimentId) return { slot: o.slot!, arms: [], control: o.control, event: o.event ?? 'purchase', key: null };
  const { experiment } = await call<{ experiment: { key: string; status: string; slot: { key: string }; arms: { key: string }[]; primaryMetric: { event: string } } }>(
    o, `/api/v1/experiments/${encodeURIComponent(o.experimentId)}`,
  );
  if (experiment.status !== 'running') throw new Error(`experiment "${experiment.key}" is ${experiment.status}: start it first, or nobody is enrolled`);
  const arms = experiment.arms.map((a) => a.key);
  return { slot: experiment.slot.key, arms, control: arms[0], event: o.event ?? experiment.primaryMetric.event, key: experiment.key };
}

const chunks = <T>(items: T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

async function simulate(o: Options) {
  const started = performance.now();
  const info = await target(o);
  const ids = Array.from({ length: o.users }, (_, i) => `${o.prefix}-${i}`);

  // 1. Profiles (with consent, so they may be enrolled), 1,000 per request.
  let progress = progressBar('Profiles', ids.length, o.quiet);
  let done = 0;
  for (const chunk of chunks(ids, 1000)) {
    const profiles = chunk.map((externalId) => ({ externalId, traits: { simulated: true }, consent: { personalization: true } }));
    const report = await call<{ rejected: unknown[] }>(o, '/api/v1/profiles', { profiles });
    if (report.rejected.length) throw new Error(`profiles rejected: ${JSON.stringify(report.rejected.slice(0, 3))}`);
    progress.update((done += chunk.length));
  }
  progress.stop();

  // 2. Evaluate every visitor, `concurrency` at a time; the answer names their arm.
  const arms: (string | null)[] = new Array(ids.length).fill(null);
  progress = progressBar('Evaluate', ids.length, o.quiet);
  done = 0;
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < ids.length; i = next++) {
      const answer = await call<{ content: Record<string, { experiment?: { key: string; arm: string } }> }>(o, '/api/v1/evaluate', { externalId: ids[i], slots: [info.slot] });
      const experiment = answer.content[info.slot]?.experiment;
      if (experiment && (info.key === null || experiment.key === info.key)) arms[i] = experiment.arm;
      progress.update(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.concurrency, ids.length) }, worker));
  progress.stop();

  // 3. Conversions after the exposures (the server stamps them on receipt), 500 per batch.
  const outcomes = ids.flatMap((externalId, i) => {
    const arm = arms[i];
    if (arm === null) return [];
    const rate = trueRate(arm, info.control, o.baseline, o.lift);
    return [{ externalId, i, arm, rate, converted: converts(o.seed, i, rate) }];
  });
  const messages = outcomes
    .filter((u) => u.converted)
    .map((u) => ({ type: 'track', userId: u.externalId, event: info.event, properties: { simulated: true }, messageId: `${o.prefix}-${u.i}-${info.event}` }));
  progress = progressBar('Conversions', messages.length, o.quiet);
  done = 0;
  for (const batch of chunks(messages, 500)) {
    const report = await call<{ rejected: unknown[] }>(o, '/api/v1/batch', { batch });
    if (report.rejected.length) throw new Error(`events rejected: ${JSON.stringify(report.rejected.slice(0, 3))}`);
    progress.update((done += batch.length));
  }
  progress.stop();

  const tallies = tallyArms(info.arms, outcomes);
  return { slot: info.slot, experiment: info.key, control: info.control, event: info.event, users: o.users, notEnrolled: o.users - outcomes.length, arms: tallies, seconds: (performance.now() - started) / 1000 };
}

function printSummary(s: Awaited<ReturnType<typeof simulate>>) {
  const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(2)} %` : '—');
  const row = (t: ArmTally) =>
    `  ${t.arm.padEnd(16)} ${pct(t.trueRate).padStart(9)} ${String(t.users).padStart(8)} ${String(t.converters).padStart(11)} ${pct(t.users ? t.converters / t.users : NaN).padStart(9)}`;
  console.log(`Simulated ${s.users} visitors on slot "${s.slot}"${s.experiment ? ` (experiment "${s.experiment}")` : ''} in ${s.seconds.toFixed(1)} s; conversion event "${s.event}".`);
  console.log(`  ${'arm'.padEnd(16)} ${'true rate'.padStart(9)} ${'users'.padStart(8)} ${'converters'.padStart(11)} ${'observed'.padStart(9)}`);
  for (const t of s.arms) console.log(row(t));
  if (s.notEnrolled) console.log(`  ${s.notEnrolled} visitors were not enrolled (another segment, consent, or no running experiment in the slot).`);
}

async function main() {
  const options = readOptions();
  if (!options) return console.log(USAGE);
  const summary = await simulate(options);
  if (options.json) console.log(JSON.stringify(summary));
  else printSummary(summary);
}

main().catch((error: Error) => {
  console.error(`simulate: ${error.message}`);
  if (error instanceof UsageError) console.error(USAGE);
  process.exit(error instanceof UsageError ? 2 : 1);
});
