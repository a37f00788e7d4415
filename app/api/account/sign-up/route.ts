// POST /api/account/sign-up — creates a user, their workspace and the owner membership
import { readJson } from '@/lib/api/body';
import { ApiError } from '@/lib/api/errors';
import { withErrors } from '@/lib/api/with-auth';
import { createAccount } from '@/lib/db/queries/workspaces/create-account';
import { signUpSchema } from '@/lib/validations/account';

export const POST = withErrors(async (req) => {
  const input = signUpSchema.parse(await readJson(req, 64 * 1024));
  try {
    const { user, workspace } = await createAccount(input);
    return Response.json({ user: { id: user.id, email: user.email }, workspace: { id: workspace.id, name: workspace.name } }, { status: 201 });
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') throw new ApiError('conflict', 'An account with that email already exists. Sign in instead.');
    throw error;
  }
});
