// npm run cli -- <command> [options]: account and API-key administration without the UI,
// for set-up scripts, CI and benchmarks. See docs/CLI.md.
// Runs under `tsx --conditions=react-server` so `server-only` imports resolve to nothing.
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { SCOPES } from '@/lib/auth/roles';
import { createApiKeySchema, signUpSchema } from '@/lib/validations/account';

const USAGE = `Usage: npm run cli -- <command> [options]   (database: DATABASE_URL, default file:./data/studio.db)

  create-account --email E --password P --workspace NAME [--name N]
      a user, their workspace and the owner membership
  create-api-key --workspace <id> --name N [--scopes ${SCOPES.join(',')}]
      an API key for the workspace; the key is printed once and never stored
  bootstrap --email E --password P --workspace NAME [--name N] [--key-name N] [--scopes …]
      both of the above in one go

  --json   print one JSON object instead of text (for scripts)
  Scopes default to all of: ${SCOPES.join(', ')}.`;

class UsageError extends Error {}

const OPTIONS = {
  email: { type: 'string' }, password: { type: 'string' }, workspace: { type: 'string' }, name: { type: 'string' },
  'key-name': { type: 'string' }, scopes: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
} as const;
type Options = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function required(values: Options, name: 'email' | 'password' | 'workspace' | 'name'): string {
  const value = values[name];
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}

function scopesOf(values: Options): string[] {
  return (values.scopes ?? SCOPES.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
}

async function createAccountCommand(values: Options) {
  const input = signUpSchema.parse({
    email: required(values, 'email'), password: required(values, 'password'), name: values.name, workspaceName: required(values, 'workspace'),
  });
  const { createAccount } = await import('@/lib/db/queries/workspaces/create-account');
  try {
    const { user, workspace } = await createAccount(input);
    return { user: { id: user.id, email: user.email }, workspace: { id: workspace.id, name: workspace.name } };
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') throw new Error(`an account with the email ${input.email} already exists`);
    throw error;
  }
}

async function createApiKeyCommand(workspaceId: string, name: string, scopes: string[]) {
  const input = createApiKeySchema.parse({ name, scopes });
  const { prisma } = await import('@/lib/db/client');
  if (!(await prisma.workspace.findUnique({ where: { id: workspaceId }, select: { id: true } }))) {
    throw new Error(`workspace ${workspaceId} does not exist`);
  }
  const { createApiKey } = await import('@/lib/db/queries/api-keys/create-api-key');
  const { key, apiKey } = await createApiKey(workspaceId, input);
  return { id: apiKey.id, name: apiKey.name, prefix: apiKey.prefix, scopes: input.scopes, key };
}

type Result = Partial<Awaited<ReturnType<typeof createAccountCommand>>> & { apiKey?: Awaited<ReturnType<typeof createApiKeyCommand>> };

function printText(result: Result) {
  if (result.user && result.workspace) {
    console.log(`Created user ${result.user.email} (${result.user.id}) owning workspace "${result.workspace.name}" (${result.workspace.id}).`);
  }
  if (result.apiKey) {
    console.log(`Created API key "${result.apiKey.name}" with scopes ${result.apiKey.scopes.join(', ')}. It is shown only now:`);
    console.log(result.apiKey.key);
  }
}

async function run(command: string | undefined, values: Options): Promise<Result> {
  switch (command) {
    case 'create-account':
      return createAccountCommand(values);
    case 'create-api-key':
      return { apiKey: await createApiKeyCommand(required(values, 'workspace'), required(values, 'name'), scopesOf(values)) };
    case 'bootstrap': {
      const account = await createAccountCommand(values);
      const apiKey = await createApiKeyCommand(account.workspace.id, values['key-name'] ?? 'bootstrap', scopesOf(values));
      return { ...account, apiKey };
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ options: OPTIONS, allowPositionals: true });
  } catch (error) {
    console.error(`cli: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') {
    console.log(USAGE);
    return 0;
  }
  try {
    const result = await run(positionals[0], values);
    if (values.json) console.log(JSON.stringify(result));
    else printText(result);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`cli: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    const message = error instanceof ZodError
      ? error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')
      : (error as Error).message;
    if (values.json) console.log(JSON.stringify({ error: message }));
    console.error(`cli: ${message}`);
    return 1;
  } finally {
    const { prisma } = await import('@/lib/db/client');
    await prisma.$disconnect();
  }
}

main().then((code) => process.exit(code));
