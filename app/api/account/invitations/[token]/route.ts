// GET /api/account/invitations/{token} — what the invite link offers (workspace, role, status)
// POST /api/account/invitations/{token} — accepts it: as the signed-in user, or {mode:'existing'|'new', email, password}
import { z } from 'zod';
import { readJson } from '@/lib/api/body';
import { ApiError } from '@/lib/api/errors';
import { withErrors } from '@/lib/api/with-auth';
import { auth } from '@/lib/auth/auth';
import { acceptInvitation, type Acceptor } from '@/lib/db/queries/invitations/accept-invitation';
import { findInvitationByToken } from '@/lib/db/queries/invitations/find-invitation-by-token';
import { acceptInvitationSchema } from '@/lib/validations/account';

type Params = { token: string };

// The token is the credential here, so these routes need no session: holding the link is
// what an invitation means.
export const GET = withErrors<Params>(async (_req, { token }) => {
  const invitation = await findInvitationByToken(token);
  if (!invitation) throw new ApiError('not_found', 'This invitation link is not valid. It may have been revoked.');
  const { workspace, email, role, expiresAt, status } = invitation;
  return Response.json({ invitation: { workspace: { name: workspace.name }, email, role, expiresAt, status } });
});

const bodySchema = z.union([z.object({ mode: z.literal('session') }), acceptInvitationSchema]);

export const POST = withErrors<Params>(async (req, { token }) => {
  const body = bodySchema.parse(await readJson(req, 8 * 1024));
  let who: Acceptor;
  if (body.mode === 'session') {
    const userId = (await auth())?.user?.id;
    if (!userId) throw new ApiError('unauthorized', 'Sign in first, or send {mode, email, password}.');
    who = { kind: 'user', userId };
  } else {
    who = { ...body, kind: body.mode };
  }
  const { workspaceId, workspaceName, role, email } = await acceptInvitation(token, who);
  return Response.json({ membership: { workspaceId, workspaceName, role, email } }, { status: 201 });
});
