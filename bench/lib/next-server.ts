import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

// The production server for benchmarks (scripts/serve.mjs, or plain `next start`): uses the production build in NEXT_DIST_DIR (as the tests
// do), building it only when there is none, and logs the server's output to a file.
const root = join(import.meta.dirname, '../..');
const nextBin = join(root, 'node_modules/.bin/next');

export function distDir(): string {
  return process.env.NEXT_DIST_DIR || '.next';
}

export async function ensureBuild(): Promise<void> {
  if (existsSync(join(root, distDir(), 'BUILD_ID'))) return;
  console.log(`No build in ${distDir()}: running next build once…`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(nextBin, ['build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (${code})`))));
  });
}

export interface RunningServer {
  baseUrl: string;
  /** The server process (it serves the requests itself). */
  pid: number;
  stop(): Promise<void>;
}

/** `serve`: the production server of `npm start` (scripts/serve.mjs); `next-start`: plain `next start`. */
export type ServerKind = 'serve' | 'next-start';

export async function startServer(opts: { port: number; databaseUrl: string; logFile: string; distDir?: string; nodeArgs?: string[]; server?: ServerKind; env?: Record<string, string> }): Promise<RunningServer> {
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  const log = createWriteStream(opts.logFile);
  // Through node itself so that node options such as --cpu-prof (not allowed in NODE_OPTIONS) can be passed.
  const command = opts.server === 'next-start' ? [nextBin, 'start'] : [join(root, 'scripts/serve.mjs')];
  const child: ChildProcess = spawn(process.execPath, [...(opts.nodeArgs ?? []), ...command, '-p', String(opts.port)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: opts.databaseUrl,
      AUTH_SECRET: process.env.AUTH_SECRET || 'bench-secret-not-for-production',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      ...(opts.distDir ? { NEXT_DIST_DIR: opts.distDir } : {}),
      ...opts.env,
    },
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}; see ${opts.logFile}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer within 60 s; see ${opts.logFile}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
