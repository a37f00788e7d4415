import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { requireWorkspace } from '../dashboard-context';
import { ApiKeysSection } from './api-keys-section';
import { InvitationsSection } from './invitations-section';
import { MembersSection } from './members-section';
import { OwnersOnlyNote } from './owners-only-note';
import { WorkspaceSettingsForm } from './workspace-settings-form';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const ws = await requireWorkspace();
  const isOwner = ws.can('admin');
  // The list comes from the server's ICU so the <select> renders identically on both sides.
  const timezones = Intl.supportedValuesOf('timeZone');
  return (
    <>
      <PageHeader title="Settings" description={`Workspace, members and API access for ${ws.name}.`} />
      <div className="space-y-8">
        <WorkspaceSettingsForm canEdit={isOwner} timezones={timezones.includes('UTC') ? timezones : ['UTC', ...timezones]} />
        <MembersSection canManage={isOwner} currentUserId={ws.user.id} />
        {isOwner ? (
          <>
            <InvitationsSection />
            <ApiKeysSection />
          </>
        ) : (
          <OwnersOnlyNote role={ws.role} />
        )}
      </div>
    </>
  );
}
