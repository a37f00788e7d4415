import type { Metadata } from 'next';
import { countProfiles } from '@/lib/db/queries/profiles/count-profiles';
import { searchProfiles } from '@/lib/db/queries/profiles/search-profiles';
import { profileSearchSchema } from '@/lib/validations/profiles';
import { requireWorkspace } from '../dashboard-context';
import { ProfilesExplorer } from './profiles-explorer';

export const metadata: Metadata = { title: 'Profiles' };

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ProfilesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ws = await requireWorkspace();
  const raw = await searchParams;
  const input = { q: first(raw.q) || undefined, trait: first(raw.trait) || undefined, value: first(raw.value), cursor: first(raw.cursor) || undefined };
  const parsed = profileSearchSchema.safeParse(input);
  const [total, result] = await Promise.all([
    countProfiles(ws.workspaceId),
    parsed.success ? searchProfiles(ws.workspaceId, parsed.data) : Promise.resolve({ profiles: [], nextCursor: null }),
  ]);
  return (
    <ProfilesExplorer
      // A new search (also one from the sidebar link) resets the typed-in filters.
      key={JSON.stringify(input)}
      total={total}
      rows={result.profiles.map(({ id: _id, ...row }) => row)}
      nextCursor={result.nextCursor}
      search={{ q: input.q ?? '', trait: input.trait ?? '', value: input.value ?? '', paged: !!input.cursor }}
      erased={first(raw.erased) === '1'}
      error={parsed.success ? undefined : parsed.error.issues[0].message}
    />
  );
}
