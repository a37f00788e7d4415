import { prisma } from '@/lib/db/client';
import type { ProfileSearch } from '@/lib/validations/profiles';
import { profileSqlDialect } from './profile-sql';

export const profileListSelect = {
  id: true, externalId: true, traits: true, consent: true, context: true, lastSeenAt: true, firstSeenAt: true,
} as const;

/** JSON texts a typed-in value may stand for: "31" finds 31 and "31", "true" finds true and "true". */
export function traitValueCandidates(value: string): string[] {
  const out = [JSON.stringify(value)];
  if (value === 'true' || value === 'false') out.push(value);
  else if (value.trim() !== '' && Number.isFinite(Number(value))) out.push(JSON.stringify(Number(value)));
  return out;
}

/**
 * The explorer's search: `q` is a case-insensitive substring of externalId or traits.email;
 * `trait` + `value` an exact trait match. Newest profiles first (id descending), which
 * walks the (workspaceId, id) index and stops after one page instead of sorting every
 * match. The cursor is the last id of the previous page.
 */
export async function searchProfiles(workspaceId: string, search: ProfileSearch) {
  const d = profileSqlDialect();
  const where = [`"workspaceId" = ${d.bind(workspaceId)}`];
  const q = search.q?.trim().toLowerCase();
  if (q) {
    const needle = d.bind(q);
    const emailPath = d.bind(d.path(['email']));
    where.push(`(${d.containsLower('"externalId"', needle)} OR ${d.containsLower(d.traitText(emailPath), needle)})`);
  }
  if (search.trait && search.value !== undefined && search.value !== '') {
    const path = d.bind(d.path(search.trait.split('.')));
    where.push(d.traitJsonIn(path, traitValueCandidates(search.value).map((v) => d.bind(v))));
  }
  const cursor = search.cursor && /^\d{1,15}$/.test(search.cursor) ? Number(search.cursor) : null;
  if (cursor !== null) where.push(`"id" < ${d.bind(cursor)}`);
  const limit = search.limit;
  const sql = `SELECT "id" FROM "Profile" WHERE ${where.join(' AND ')} ORDER BY "id" DESC LIMIT ${d.bind(limit + 1)}`;
  const ids = (await d.run<{ id: number }>(sql)).map((r) => Number(r.id));

  const pageIds = ids.slice(0, limit);
  const rows = pageIds.length
    ? await prisma.profile.findMany({ where: { workspaceId, id: { in: pageIds } }, select: profileListSelect, orderBy: { id: 'desc' } })
    : [];
  return { profiles: rows, nextCursor: ids.length > limit ? String(pageIds[pageIds.length - 1]) : null };
}

export type ProfileListRow = Awaited<ReturnType<typeof searchProfiles>>['profiles'][number];
