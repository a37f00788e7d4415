// Where end-to-end tests run: one port and one database per dialect. Parallel runs (two
// checkouts, or a helper next to the main suite) pick another E2E_PORT_BASE / E2E_DB_SUFFIX.
const base = Number(process.env.E2E_PORT_BASE || 3100);
const suffix = process.env.E2E_DB_SUFFIX || '';

export const e2ePorts = { sqlite: base, postgres: base + 1 };

export function e2eDatabaseUrl(dialect) {
  if (dialect === 'sqlite') return `file:./data/e2e-sqlite${suffix}.db`;
  return process.env.E2E_PG_URL || `postgresql://studio:studio@localhost:5432/studio_e2e${suffix}`;
}
