import { LogoMark } from '@/components/ui/icons';
import { QueryProvider } from '@/components/providers/query-provider';
import { WorkspaceProvider } from '@/components/providers/workspace-context';
import { Sidebar } from '@/components/shell/sidebar';
import { NoWorkspace } from '@/components/shell/no-workspace';
import { getDashboard } from './dashboard-context';

// Every page below needs the session and the workspace cookie: never prerender.
export const dynamic = 'force-dynamic';

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const { user, memberships, current } = await getDashboard();
  if (!current) return <NoWorkspace email={user.email} logo={<LogoMark />} />;
  return (
    <WorkspaceProvider
      value={{
        workspaceId: current.workspaceId,
        name: current.name,
        role: current.role,
        timezone: current.timezone,
        requireOptIn: current.requireOptIn,
        user,
      }}
    >
      <QueryProvider>
        <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow">
          Skip to content
        </a>
        <div className="min-h-screen">
          <Sidebar current={current} workspaces={memberships} user={user} />
          <main id="main" className="min-w-0 md:pl-64">
            <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 lg:px-10 lg:py-10">{children}</div>
          </main>
        </div>
      </QueryProvider>
    </WorkspaceProvider>
  );
}
