import { prisma } from '@/lib/db/client';

const select = {
  id: true, name: true, requireOptIn: true, timezone: true, siteOrigins: true, minSegmentSize: true, minSegmentPercent: true, createdAt: true,
} as const;

type Row = {
  id: string; name: string; requireOptIn: boolean; timezone: string; siteOrigins: string; minSegmentSize: number; minSegmentPercent: number; createdAt: Date;
};

/** Origins are stored comma-separated (no scalar lists on SQLite) and exposed as an array. */
export function toWorkspaceSettings(row: Row) {
  return { ...row, siteOrigins: row.siteOrigins.split(',').map((s) => s.trim()).filter(Boolean) };
}

export type WorkspaceSettings = ReturnType<typeof toWorkspaceSettings>;

export async function findWorkspaceSettings(workspaceId: string): Promise<WorkspaceSettings | null> {
  const row = await prisma.workspace.findUnique({ where: { id: workspaceId }, select });
  return row ? toWorkspaceSettings(row) : null;
}

export async function updateWorkspaceSettings(
  workspaceId: string,
  input: { name?: string; requireOptIn?: boolean; timezone?: string; siteOrigins?: string[]; minSegmentSize?: number; minSegmentPercent?: number },
): Promise<WorkspaceSettings> {
  const { siteOrigins, ...rest } = input;
  const row = await prisma.workspace.update({
    where: { id: workspaceId },
    data: { ...rest, ...(siteOrigins ? { siteOrigins: [...new Set(siteOrigins)].join(',') } : {}) },
    select,
  });
  return toWorkspaceSettings(row);
}
