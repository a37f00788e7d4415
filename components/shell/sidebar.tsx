import Link from 'next/link';
import { LogoMark } from '@/components/ui/icons';
import { NavLinks } from './nav-links';
import { UserMenu } from './user-menu';
import { WorkspaceSwitcher, type WorkspaceOption } from './workspace-switcher';

// On wide screens a fixed column; on narrow ones the same parts stack as a top bar with a
// horizontally scrolling nav, so every destination stays one tap away.
export function Sidebar({
  current,
  workspaces,
  user,
}: {
  current: WorkspaceOption;
  workspaces: WorkspaceOption[];
  user: { email: string; name: string | null };
}) {
  return (
    <aside className="border-b border-slate-200 bg-white md:fixed md:inset-y-0 md:flex md:w-64 md:flex-col md:border-r md:border-b-0">
      <div className="flex items-center gap-2.5 px-5 pt-4 pb-3 md:pt-5">
        <Link href="/trees" className="flex items-center gap-2.5 rounded-md focus-visible:outline-2 focus-visible:outline-brand-600">
          <LogoMark />
          <span className="text-sm font-semibold tracking-tight text-slate-900">Audience Studio</span>
        </Link>
      </div>
      <div className="px-3 pb-3">
        <WorkspaceSwitcher current={current} options={workspaces} />
      </div>
      <div className="px-3 pb-3 md:flex-1 md:overflow-y-auto">
        <NavLinks />
      </div>
      <div className="border-t border-slate-100 p-3">
        <UserMenu email={user.email} name={user.name} />
      </div>
    </aside>
  );
}
