'use client';

import { usePathname } from 'next/navigation';
import { useState, useTransition } from 'react';
import { switchWorkspaceAction } from '@/app/(dashboard)/actions';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { Dialog } from '@/components/ui/dialog';
import { CheckIcon, ChevronDownIcon, PlusIcon } from '@/components/ui/icons';
import { Menu, MenuLabel, MenuSeparator, menuItemClasses } from '@/components/ui/menu';
import { Spinner } from '@/components/ui/spinner';
import type { Role } from '@/lib/auth/roles';
import { CreateWorkspaceForm } from './create-workspace-form';

export interface WorkspaceOption {
  workspaceId: string;
  name: string;
  role: Role;
}

export function WorkspaceSwitcher({ current, options }: { current: WorkspaceOption; options: WorkspaceOption[] }) {
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const section = pathname.split('/')[1] ?? '';

  return (
    <>
      <Menu
        label={`Workspace: ${current.name}. Switch workspace`}
        className="w-full"
        triggerClassName="flex w-full items-center gap-2.5 rounded-lg border border-slate-200 bg-white px-2.5 py-2 text-left shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600"
        trigger={
          <>
            <span aria-hidden className="flex size-7 shrink-0 items-center justify-center rounded-md bg-slate-900 text-xs font-semibold text-white">
              {current.name.slice(0, 1).toUpperCase()}
            </span>
            <span className="min-w-0 flex-1">
              <span data-testid="current-workspace" className="block truncate text-sm font-semibold text-slate-900">
                {current.name}
              </span>
              <span className="block text-xs text-slate-500 capitalize">{current.role}</span>
            </span>
            {pending ? <Spinner className="text-slate-400" /> : <ChevronDownIcon className="size-4 text-slate-400" />}
          </>
        }
      >
        {(close) => (
          <>
            <MenuLabel>Your workspaces</MenuLabel>
            {options.map((w) => {
              const active = w.workspaceId === current.workspaceId;
              return (
                <button
                  key={w.workspaceId}
                  type="button"
                  role="menuitem"
                  className={cn(menuItemClasses, active && 'font-medium text-slate-900')}
                  onClick={() => {
                    close();
                    if (active) return;
                    setError(null);
                    startTransition(async () => {
                      const result = await switchWorkspaceAction(w.workspaceId, section);
                      if (result?.error) setError(result.error);
                    });
                  }}
                >
                  <span className="min-w-0 flex-1 truncate">{w.name}</span>
                  <Badge tone="gray" className="capitalize">
                    {w.role}
                  </Badge>
                  <CheckIcon className={cn('size-4 text-brand-600', !active && 'invisible')} />
                </button>
              );
            })}
            <MenuSeparator />
            <button
              type="button"
              role="menuitem"
              className={menuItemClasses}
              onClick={() => {
                close();
                setCreating(true);
              }}
            >
              <PlusIcon className="size-4 text-slate-400" />
              New workspace
            </button>
          </>
        )}
      </Menu>
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-600">
          {error}
        </p>
      )}
      <Dialog open={creating} onClose={() => setCreating(false)} title="New workspace" description="You will be its owner. Data, members and keys are separate per workspace.">
        <CreateWorkspaceForm onCancel={() => setCreating(false)} />
      </Dialog>
    </>
  );
}
