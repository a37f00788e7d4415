'use client';

import { createContext, useContext } from 'react';
import type { Role } from '@/lib/auth/roles';

export interface WorkspaceInfo {
  workspaceId: string;
  name: string;
  role: Role;
  timezone: string;
  requireOptIn: boolean;
  user: { id: string; email: string; name: string | null };
}

const WorkspaceContext = createContext<WorkspaceInfo | null>(null);

/** The current workspace and the caller's role, for client components (query keys, hiding actions). */
export function WorkspaceProvider({ value, children }: { value: WorkspaceInfo; children: React.ReactNode }) {
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): WorkspaceInfo {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace outside the dashboard');
  return value;
}
