import { signOutAction } from '@/app/(dashboard)/actions';
import { Button } from '@/components/ui/button';
import { CreateWorkspaceForm } from './create-workspace-form';

/** Signed in but a member of nothing (every membership removed): start a workspace or leave. */
export function NoWorkspace({ email, logo }: { email: string; logo: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <div className="mb-6 flex items-center gap-2.5">{logo}<span className="text-sm font-semibold">Audience Studio</span></div>
        <h1 className="text-lg font-semibold">You are not in any workspace</h1>
        <p className="mt-1 text-sm text-slate-500">
          {email} is not a member of a workspace any more. Ask an owner for a new invitation link, or start your own workspace.
        </p>
        <div className="mt-6">
          <CreateWorkspaceForm />
        </div>
        <form action={signOutAction} className="mt-4 border-t border-slate-100 pt-4">
          <Button type="submit" variant="ghost" size="sm">
            Sign out
          </Button>
        </form>
      </div>
    </main>
  );
}
