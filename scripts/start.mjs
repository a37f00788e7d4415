// npm start: a working Audience Studio from a fresh clone with nothing but `npm install`.
// Prepares the database (migrations, demo workspace, AUTH_SECRET: scripts/prepare-db.mjs),
// builds once if there is no production build, then runs the production server
// (scripts/serve.mjs: Next.js with a lean lane for evaluation) on PORT (default 3000) and
// prints the address and the demo login when the server answers.
// `npm run dev` runs the same preparation, then `next dev`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_LOGIN, prepareDb } from './prepare-db.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const started = performance.now();
const dev = process.argv.includes('--dev');
const port = process.env.PORT || '3000';
const nextBin = join(root, 'node_modules/.bin/next');
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(nextBin, args, { stdio: 'inherit', env: process.env });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next ${args[0]} failed (exit code ${code})`))));
  });
}

async function waitUntilReady(child) {
  const url = `http://127.0.0.1:${port}/api/health`;
  while (child.exitCode === null) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return false;
}

async function main() {
  const { url, demo } = await prepareDb();
  if (!dev) {
    const distDir = process.env.NEXT_DIST_DIR || '.next';
    if (!existsSync(join(root, distDir, 'BUILD_ID'))) {
      console.log('No production build yet: running `next build` once (about half a minute)…');
      await run(['build']);
    }
  }
  // Production: scripts/serve.mjs (Next behind node:http with the lean evaluation lane).
  const command = dev ? [nextBin, ['dev', '-p', port]] : [process.execPath, [join(root, 'scripts/serve.mjs'), '-p', port]];
  const child = spawn(command[0], command[1], { stdio: 'inherit', env: process.env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  if (await waitUntilReady(child)) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const lines = [
      '',
      `  Audience Studio is ready at http://localhost:${port}   (${dev ? 'development' : 'production'} server, ready in ${seconds} s)`,
      `  Database: ${url.replace(/\/\/[^@]*@/, '//…@')}`,
      ...(demo ? [`  Demo login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}   (workspace "${DEMO_LOGIN.workspace}")`] : []),
      '',
    ];
    console.log(lines.join('\n'));
  }
}

main().catch((error) => {
  console.error(`start: ${error.message}`);
  process.exit(1);
});
