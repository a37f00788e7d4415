// The audience index's counting thread (lib/audience-index/count/count-worker.ts and all it
// imports) as one self-contained CommonJS script, made with esbuild. The Next server runs
// the file written by writeCountWorker() (next.config.mjs calls it for `next build` and
// `next dev`); vitest and tsx scripts evaluate bundleCountWorker()'s text directly.
// Usage: node scripts/count-worker-bundle.mjs   (writes the file now)
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the Next server looks for the script (lib/audience-index/count/count-pool.ts). */
export const COUNT_WORKER_FILE = join('.audience-index', 'count-worker.cjs');

/** The script's text; throws when esbuild (a development dependency) is missing. */
export async function bundleCountWorker() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [join(root, 'lib/audience-index/count/count-worker.ts')],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // The app's server condition: `server-only` resolves to its empty module.
    conditions: ['react-server'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Writes the script under the project (atomically: parallel builds may write it too). */
export async function writeCountWorker() {
  const file = join(root, COUNT_WORKER_FILE);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, await bundleCountWorker());
  renameSync(temporary, file);
  return file;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`wrote ${await writeCountWorker()}`);
