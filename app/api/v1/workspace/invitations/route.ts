// GET /api/v1/workspace/invitations — pending and expired invitations (never their tokens)
// POST /api/v1/workspace/invitations — creates an invitation and returns its link once
import { readJson } from '@/lib/api/body';
import { ApiError } from '@/lib/api/errors';
import { withAuth } from '@/lib/api/with-auth';
import { createInvitation } from '@/lib/db/queries/invitations/create-invitation';
import { listInvitations } from '@/lib/db/queries/invitations/list-invitations';
import { createInvitationSchema } from '@/lib/validations/account';

// The link must point at the host the owner is using; behind a proxy that host arrives in
// the forwarded headers rather than in the URL Next sees.
function publicOrigin(req: Request): string {
  const url = new URL(req.url);
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host') ?? url.host;
  const proto = req.headers.get('x-forwarded-proto')?.split(',')[0].trim() ?? url.protocol.replace(':', '');
  return `${proto}://${host}`;
}

export const GET = withAuth(async ({ workspaceId }) => Response.json({ invitations: await listInvitations(workspaceId) }), {
  permission: 'admin',
});

export const POST = withAuth(
  async ({ req, caller, workspaceId }) => {
    if (caller.kind !== 'user') throw new ApiError('forbidden', 'Invitations are created by a signed-in owner.');
    const input = createInvitationSchema.parse(await readJson(req, 4 * 1024));
    const { token, invitation } = await createInvitation(workspaceId, caller.userId, input);
    const url = `${publicOrigin(req)}/invite/${token}`;
    return Response.json({ invitation, token, url }, { status: 201 });
  },
  { permission: 'admin' },
);
