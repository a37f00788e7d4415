import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { KeyIcon } from '@/components/ui/icons';

/** What non-owners see instead of invitations and API keys: why, and who can help. */
export function OwnersOnlyNote({ role }: { role: string }) {
  return (
    <Card aria-labelledby="owners-only-title">
      <CardHeader id="owners-only-title" title="Invitations and API keys" />
      <CardBody className="flex items-start gap-3 text-sm text-slate-600">
        <KeyIcon className="mt-0.5 size-5 shrink-0 text-slate-400" />
        <p>
          Only workspace owners can invite people and create or revoke API keys. You are {role === 'editor' ? 'an' : 'a'}{' '}
          <span className="font-medium">{role}</span> here; ask an owner listed above if you need a key or a new teammate.
        </p>
      </CardBody>
    </Card>
  );
}
