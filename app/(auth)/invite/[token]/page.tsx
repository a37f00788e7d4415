import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { formatDateTime } from '@/components/ui/format';
import { auth } from '@/lib/auth/auth';
import { findInvitationByToken } from '@/lib/db/queries/invitations/find-invitation-by-token';
import { AuthCard } from '../../auth-card';
import { AcceptInviteForm } from './accept-invite-form';
import { signOutForInviteAction } from './actions';
import { JoinForm } from './join-form';

export const metadata: Metadata = { title: 'Join a workspace' };

function SignInLink() {
  return (
    <Link href="/login" className="font-medium text-brand-600 hover:text-brand-700">
      Go to sign in
    </Link>
  );
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitationByToken(token);
  if (!invitation || invitation.status !== 'pending') {
    const message = !invitation
      ? 'This invitation link is not valid. It may have been revoked, or mistyped.'
      : invitation.status === 'accepted'
        ? 'This invitation has already been used. If it was you, just sign in.'
        : 'This invitation has expired. Ask a workspace owner for a new link.';
    return (
      <AuthCard title="Invitation unavailable" footer={<SignInLink />}>
        <Alert tone="warning">{message}</Alert>
      </AuthCard>
    );
  }

  const session = await auth();
  const signedInEmail = session?.user?.id ? (session.user.email ?? '') : null;
  const wrongUser = signedInEmail !== null && invitation.email !== null && invitation.email !== signedInEmail;
  return (
    <AuthCard
      title={`Join ${invitation.workspace.name}`}
      description={
        <>
          <span className="flex flex-wrap items-center gap-1.5">
            You are invited as <Badge tone="brand" className="capitalize">{invitation.role}</Badge>
          </span>
          <span className="mt-1 block text-xs">The link expires {formatDateTime(invitation.expiresAt)} UTC.</span>
        </>
      }
    >
      {signedInEmail !== null ? (
        <div className="space-y-4">
          <p className="text-sm text-slate-600">
            Signed in as <span className="font-medium text-slate-900">{signedInEmail}</span>.
          </p>
          {wrongUser ? (
            <Alert tone="warning">This invitation is for {invitation.email}. Sign out, then open the link again.</Alert>
          ) : (
            <JoinForm token={token} workspaceName={invitation.workspace.name} />
          )}
          <form action={signOutForInviteAction.bind(null, token)}>
            <Button type="submit" variant="ghost" size="sm" className="w-full">
              Not you? Sign out
            </Button>
          </form>
        </div>
      ) : (
        <AcceptInviteForm token={token} invitedEmail={invitation.email} />
      )}
    </AuthCard>
  );
}
