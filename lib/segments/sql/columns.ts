// The only identifiers the SQL engine ever writes: fixed table and column names of the
// Prisma schema (prisma/schema.prisma), the same quoted spelling on SQLite and PostgreSQL.
// Nothing from a tree becomes an identifier; JSON paths are bound parameters.
export const TABLES = { profile: '"Profile" AS p', event: '"Event" AS e' } as const;

export const COLUMNS = {
  profileId: 'p."id"',
  profileWorkspace: 'p."workspaceId"',
  externalId: 'p."externalId"',
  traits: 'p."traits"',
  consent: 'p."consent"',
  context: 'p."context"',
  scores: 'p."scores"',
  eventProfile: 'e."profileId"',
  eventWorkspace: 'e."workspaceId"',
  eventName: 'e."name"',
  eventTime: 'e."timestamp"',
  eventProperties: 'e."properties"',
} as const;

/** The alias of the events table (and of the subquery over it that adds per-event values). */
export const EVENT_ALIAS = 'e';

/** The per-profile event aggregates' alias and its fixed column names. */
export const EV = 'ev';
export const SEEN_FIRST = 'ev.seen_first';
export const SEEN_LAST = 'ev.seen_last';
export const measureColumn = (measure: number, part: number) => `m${measure}_${part}`;
