import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { consentStatus, profileEmail, profileName } from '@/components/profiles/profile-display';
import { Badge } from '@/components/ui/badge';
import { formatDateTime, formatNumber } from '@/components/ui/format';
import { ArrowLeftIcon } from '@/components/ui/icons';
import { findProfile } from '@/lib/db/queries/profiles/find-profile';
import { requireWorkspace } from '../../dashboard-context';
import { ProfileActions } from './profile-actions';
import { ProfileFacts } from './profile-facts';
import { ProfileTimeline } from './profile-timeline';

type Params = Promise<{ externalId: string }>;

/**
 * Next 16 passes page params as encodeURIComponent(decoded segment) (unlike route handlers,
 * which get the decoded value), so one decode gives the exact externalId back, "/", "%",
 * spaces and all.
 */
function externalIdOf(params: { externalId: string }): string | null {
  try {
    return decodeURIComponent(params.externalId);
  } catch {
    return null;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Profile ${externalIdOf(await params) ?? ''}` };
}

export default async function ProfilePage({ params }: { params: Params }) {
  const ws = await requireWorkspace();
  const externalId = externalIdOf(await params);
  if (externalId === null) notFound();
  const profile = await findProfile(ws.workspaceId, externalId);
  if (!profile) notFound();
  const consent = consentStatus(profile.consent, ws.requireOptIn);
  const name = profileName(profile.traits);
  const email = profileEmail(profile.traits);
  const stats = [
    { label: 'First seen', value: formatDateTime(profile.firstSeenAt, ws.timezone) },
    { label: 'Last seen', value: formatDateTime(profile.lastSeenAt, ws.timezone) },
    { label: 'Events', value: formatNumber(profile.eventCount) },
    { label: 'Updated', value: formatDateTime(profile.updatedAt, ws.timezone) },
  ];
  return (
    <>
      <Link href="/profiles" className="mb-4 inline-flex items-center gap-1.5 text-sm font-medium text-slate-500 hover:text-slate-800">
        <ArrowLeftIcon className="size-4" /> Profiles
      </Link>
      <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">externalId</p>
          <h1 className="font-mono text-xl font-semibold break-all text-slate-900" data-testid="profile-external-id">
            {profile.externalId}
          </h1>
          <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            {name && <span className="font-medium text-slate-800">{name}</span>}
            {email && <span>{email}</span>}
            <Badge tone={consent.tone} title={consent.detail}>
              {consent.label}
            </Badge>
          </div>
        </div>
        <ProfileActions externalId={profile.externalId} canErase={ws.can('write')} />
      </header>
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {stats.map((s) => (
          <div key={s.label} className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
            <dt className="text-xs font-medium text-slate-500">{s.label}</dt>
            <dd className="mt-0.5 text-sm font-semibold text-slate-900">{s.value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid items-start gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-2">
          <ProfileFacts profile={profile} consentDetail={consent.detail} />
        </div>
        <div className="lg:col-span-3">
          <ProfileTimeline externalId={profile.externalId} total={profile.eventCount} />
        </div>
      </div>
    </>
  );
}
