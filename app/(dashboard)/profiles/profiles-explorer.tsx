'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { inputClasses } from '@/components/ui/field';
import { formatNumber } from '@/components/ui/format';
import { SearchIcon, UploadIcon, UsersIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { PaginationLink } from './pagination-link';
import { ProfilesTable, type ProfileRow } from './profiles-table';

interface Search {
  q: string;
  trait: string;
  value: string;
  paged: boolean;
}

function queryString(s: { q: string; trait: string; value: string }, cursor?: string) {
  const params = new URLSearchParams();
  if (s.q.trim()) params.set('q', s.q.trim());
  if (s.trait.trim() && s.value !== '') {
    params.set('trait', s.trait.trim());
    params.set('value', s.value);
  }
  if (cursor) params.set('cursor', cursor);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function ProfilesExplorer({
  total,
  rows,
  nextCursor,
  search,
  error,
  erased,
}: {
  total: number;
  rows: ProfileRow[];
  nextCursor: string | null;
  search: Search;
  error?: string;
  erased?: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [draft, setDraft] = useState({ q: search.q, trait: search.trait, value: search.value });
  const filtered = !!(search.q || (search.trait && search.value));

  const go = (href: string) => startTransition(() => router.push(href));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    go(`/profiles${queryString(draft)}`);
  };
  const clear = () => {
    setDraft({ q: '', trait: '', value: '' });
    go('/profiles');
  };

  return (
    <>
      <PageHeader
        title="Profiles"
        description={`${formatNumber(total)} ${total === 1 ? 'profile' : 'profiles'} in this workspace. Search by externalId, email or any trait.`}
        actions={
          <Link href="/data" className={buttonClasses('secondary')}>
            <UploadIcon className="size-4" /> Import CSV
          </Link>
        }
      />
      <form role="search" aria-label="Profiles" onSubmit={submit} className="mb-5 rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
        <div className="flex flex-wrap gap-2">
          <div className="relative min-w-64 flex-[3]">
            <SearchIcon className="pointer-events-none absolute top-2.5 left-3 size-4 text-slate-400" />
            <label htmlFor="profile-q" className="sr-only">
              Search by externalId or email
            </label>
            <input
              id="profile-q"
              type="search"
              value={draft.q}
              onChange={(e) => setDraft({ ...draft, q: e.target.value })}
              placeholder="Search by externalId or email"
              className={cn(inputClasses, 'pl-9')}
            />
          </div>
          <div className="flex min-w-64 flex-[2] items-center gap-1.5">
            <label htmlFor="profile-trait" className="sr-only">
              Trait name
            </label>
            <input id="profile-trait" value={draft.trait} onChange={(e) => setDraft({ ...draft, trait: e.target.value })} placeholder="Trait, e.g. plan" className={cn(inputClasses, 'font-mono text-xs')} />
            <span aria-hidden className="text-sm text-slate-400">
              =
            </span>
            <label htmlFor="profile-value" className="sr-only">
              Trait value
            </label>
            <input id="profile-value" value={draft.value} onChange={(e) => setDraft({ ...draft, value: e.target.value })} placeholder="Value, e.g. pro" className={inputClasses} />
          </div>
          <Button type="submit" pending={pending}>
            Search
          </Button>
          {(filtered || search.paged) && (
            <Button variant="ghost" onClick={clear}>
              Clear
            </Button>
          )}
        </div>
      </form>

      {error && <Alert tone="error" className="mb-5">{error}</Alert>}
      {erased && (
        <Alert tone="success" className="mb-5">
          The profile and all its events were erased.
        </Alert>
      )}

      <div aria-busy={pending} className={cn('transition-opacity', pending && 'opacity-60')}>
        {total === 0 ? (
          <EmptyState
            icon={<UsersIcon className="size-6" />}
            title="No profiles yet"
            actions={
              <>
                <Link href="/data" className={buttonClasses('primary')}>
                  Import a CSV
                </Link>
                <Link href="/data#quick-start" className={buttonClasses('secondary')}>
                  Send them over HTTP
                </Link>
              </>
            }
          >
            Profiles appear here as soon as your site sends them, or when you import a CSV of your customers.
          </EmptyState>
        ) : rows.length === 0 ? (
          <EmptyState icon={<SearchIcon className="size-6" />} title="No profiles match" actions={<Button variant="secondary" onClick={clear}>Clear search</Button>}>
            {search.q && <>Nothing has an externalId or email containing “{search.q}”. </>}
            {search.trait && search.value && <>No profile has {search.trait} = “{search.value}”. </>}
            Trait matches are exact; externalId and email matches ignore case.
          </EmptyState>
        ) : (
          <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
            <ProfilesTable rows={rows} />
            <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 px-4 py-3 text-sm text-slate-500">
              <span>
                {rows.length} {rows.length === 1 ? 'profile' : 'profiles'} on this page · newest first
              </span>
              <div className="flex gap-2">
                {search.paged && <PaginationLink href={`/profiles${queryString(search)}`}>First page</PaginationLink>}
                {nextCursor && <PaginationLink href={`/profiles${queryString(search, nextCursor)}`}>Next page</PaginationLink>}
              </div>
            </div>
          </div>
        )}
      </div>
    </>
  );
}
