// npm run seed -- --profiles N --events M --seed S [--workspace <id> | --demo] [--as-of ISO]
// Generates deterministic demo data (lib/demo) and bulk-loads it (lib/db/bulk) into the
// database of DATABASE_URL (default: the embedded SQLite file). See docs/CLI.md.
// Runs under `tsx --conditions=react-server` so `server-only` imports resolve to nothing.
import { parseArgs } from 'node:util';
import { progressBar } from './progress-bar';
import { numberOption } from './number-option';

const USAGE = `Usage: npm run seed -- [--profiles N] [--events M] [--seed S] [--as-of ISO]
                      [--workspace <id> | --demo | --name "Workspace name"] [--quiet]
  --profiles   profiles to create (default 10000)
  --events     events in total, spread over the profiles (default 20 per profile)
  --seed       random seed; the same seed and --as-of give identical data (default 1)
  --as-of      the anchor instant: events fall in the 90 days before it (default: now, to the hour)
  --workspace  load into this existing, empty workspace
  --demo       load into the demo login's "Demo Store" (created if missing; skipped if seeded)
  --name       otherwise a new workspace is created with this name`;

const wholeNumber = (name: string, value: string | undefined, fallback: number) =>
  numberOption(name, value, fallback, (n) => Number.isSafeInteger(n) && n >= 0, 'a whole number ≥ 0');

type Done = { profiles: number; events: number; finishing?: boolean };

function progressReporter(totalProfiles: number, totalEvents: number, quiet: boolean) {
  const started = performance.now();
  const useEvents = totalEvents > 0;
  const unit = useEvents ? 'events' : 'profiles';
  const bar = progressBar('Seeding', useEvents ? totalEvents : totalProfiles, quiet);
  return {
    update(done: Done) {
      if (done.finishing) {
        bar.stop();
        // Index builds and the commit can take as long as the load itself on big data sets.
        if (!quiet) console.error('All rows written; building indexes and committing…');
        return;
      }
      const seconds = Math.max(0.001, (performance.now() - started) / 1000);
      const rate = Math.round((useEvents ? done.events : done.profiles) / seconds).toLocaleString('en-US');
      bar.update(useEvents ? done.events : done.profiles, `| profiles ${done.profiles}/${totalProfiles} | events ${done.events}/${totalEvents} | ${rate} ${unit}/s`);
    },
    stop: () => bar.stop(),
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      profiles: { type: 'string' }, events: { type: 'string' }, seed: { type: 'string' }, 'as-of': { type: 'string' },
      workspace: { type: 'string' }, demo: { type: 'boolean' }, name: { type: 'string' },
      quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(USAGE);
  if (values.workspace && values.demo) throw new Error('pass either --workspace or --demo, not both');
  const profiles = wholeNumber('profiles', values.profiles, 10_000);
  const events = wholeNumber('events', values.events, profiles * 20);
  const seed = wholeNumber('seed', values.seed, 1);
  const { defaultAsOf } = await import('@/lib/demo');
  const asOf = values['as-of'] ? Date.parse(values['as-of']) : defaultAsOf();
  if (!Number.isFinite(asOf)) throw new Error(`--as-of must be an ISO-8601 instant, got "${values['as-of']}"`);

  // Imported late so a usage error needs no database.
  const { databaseUrl } = await import('@/lib/db/url');
  const { prisma } = await import('@/lib/db/client');
  const { seedWorkspace } = await import('@/lib/db/bulk/seed-workspace');
  const url = databaseUrl();
  try {
    let workspaceId = values.workspace;
    if (values.demo) {
      const { findOrCreateDemoWorkspace } = await import('@/lib/db/bulk/demo-account');
      const demo = await findOrCreateDemoWorkspace();
      if (demo.profiles > 0) {
        console.log(`The demo workspace ${demo.workspaceId} already holds ${demo.profiles} profiles; nothing to do.`);
        return;
      }
      workspaceId = demo.workspaceId;
    } else if (!workspaceId) {
      const created = await prisma.workspace.create({ data: { name: values.name ?? `Seeded data (seed ${seed})` } });
      workspaceId = created.id;
      console.log(`Created workspace ${workspaceId} ("${created.name}").`);
    }
    const progress = progressReporter(profiles, events, !!values.quiet);
    const result = await seedWorkspace(url, workspaceId, { profiles, events, seed, asOf }, (done) => progress.update(done));
    progress.stop();
    const perSecond = Math.round(result.events / result.seconds).toLocaleString('en-US');
    console.log(
      `Seeded workspace ${workspaceId}: ${result.profiles} profiles, ${result.events} events in ${result.seconds.toFixed(1)} s ` +
        `(${perSecond} events/s; as of ${new Date(asOf).toISOString()}, seed ${seed}).`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: Error) => {
  console.error(`seed: ${error.message}`);
  process.exit(1);
});
