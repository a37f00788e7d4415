import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

// A benchmark account and ingest key, made by the project's own CLI (scripts/cli.ts) in a
// child process against the benchmark database, exactly as a set-up script would.
const root = join(import.meta.dirname, '../..');

export interface BenchAccount {
  workspaceId: string;
  key: string;
}

export async function bootstrapAccount(databaseUrl: string, label: string): Promise<BenchAccount> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--conditions=react-server', '--import', 'tsx', 'scripts/cli.ts', 'bootstrap',
      '--email', `bench-${label}-${Date.now()}@bench.invalid`, '--password', 'bench-password',
      '--workspace', `Ingest benchmark (${label})`, '--key-name', 'bench', '--scopes', 'ingest', '--json',
    ],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } },
  );
  const result = JSON.parse(stdout.trim().split('\n').pop()!);
  if (!result.apiKey?.key) throw new Error(`cli bootstrap failed: ${stdout}`);
  return { workspaceId: result.workspace.id, key: result.apiKey.key };
}
