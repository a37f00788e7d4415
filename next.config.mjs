import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { writeCountWorker } from './scripts/count-worker-bundle.mjs';

/** @type {(phase: string) => Promise<import('next').NextConfig>} */
export default async function nextConfig(phase) {
  // The audience index's counting thread is a script of its own, made from the current
  // sources for every build and dev server; without it counting stays on one thread.
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) {
    await writeCountWorker().catch((error) => console.warn(`[audience-index] no counting thread script: ${error.message}`));
  }
  return {
    // Lets parallel builds (tests, benchmarks) use separate output folders.
    distDir: process.env.NEXT_DIST_DIR || '.next',
    serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', 'geoip-lite'],
    poweredByHeader: false,
    // Ingest batches of 1,000 events can exceed the default 1 MB server-action limit; route
    // handlers enforce their own limits (lib/api/body.ts).
    experimental: { serverActions: { bodySizeLimit: '2mb' } },
  };
}
