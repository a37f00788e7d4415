'use client';

import Link from 'next/link';
import { useWorkspace } from '@/components/providers/workspace-context';
import { consentStatus, profileCountry, profileEmail, profileHref, profileName } from '@/components/profiles/profile-display';
import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/time';

export interface ProfileRow {
  externalId: string;
  traits: unknown;
  consent: unknown;
  context: unknown;
  lastSeenAt: Date | string;
  firstSeenAt: Date | string;
}

const th = 'px-4 py-2.5 text-xs font-medium text-slate-500';

export function ProfilesTable({ rows }: { rows: ProfileRow[] }) {
  const { timezone, requireOptIn } = useWorkspace();
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Profiles</caption>
        <thead className="border-b border-slate-100 bg-slate-50/60">
          <tr>
            <th scope="col" className={th}>externalId</th>
            <th scope="col" className={th}>Email</th>
            <th scope="col" className={th}>Name</th>
            <th scope="col" className={th}>Country</th>
            <th scope="col" className={th}>Last seen</th>
            <th scope="col" className={th}>Consent</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((p) => {
            const consent = consentStatus(p.consent, requireOptIn);
            return (
              <tr key={p.externalId} className="group hover:bg-slate-50" data-testid="profile-row">
                <td className="max-w-64 px-4 py-2.5">
                  <Link href={profileHref(p.externalId)} className="block truncate font-mono text-xs font-medium text-brand-700 group-hover:underline" title={p.externalId}>
                    {p.externalId === '' ? '(empty)' : p.externalId}
                  </Link>
                </td>
                <td className="max-w-56 truncate px-4 py-2.5 text-slate-700">{profileEmail(p.traits) ?? <span className="text-slate-400">—</span>}</td>
                <td className="max-w-48 truncate px-4 py-2.5 text-slate-700">{profileName(p.traits) ?? <span className="text-slate-400">—</span>}</td>
                <td className="px-4 py-2.5 text-slate-700">{profileCountry(p.traits, p.context) ?? <span className="text-slate-400">—</span>}</td>
                <td className="px-4 py-2.5 whitespace-nowrap text-slate-600">
                  <RelativeTime value={p.lastSeenAt} timeZone={timezone} />
                </td>
                <td className="px-4 py-2.5">
                  <Badge tone={consent.tone} title={consent.detail}>
                    {consent.label}
                  </Badge>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
