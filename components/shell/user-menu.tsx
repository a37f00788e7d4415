'use client';

import Link from 'next/link';
import { signOutAction } from '@/app/(dashboard)/actions';
import { LogoutIcon, SettingsIcon } from '@/components/ui/icons';
import { Menu, MenuSeparator, menuItemClasses } from '@/components/ui/menu';

export function UserMenu({ email, name }: { email: string; name: string | null }) {
  const display = name || email;
  const initials = (name || email).split(/[\s@.]+/).filter(Boolean).slice(0, 2).map((s) => s[0]!.toUpperCase()).join('');
  return (
    <Menu
      label="Account menu"
      placement="above"
      className="w-full"
      triggerClassName="flex w-full items-center gap-2.5 rounded-lg px-2 py-2 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600"
      trigger={
        <>
          <span aria-hidden className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-700">
            {initials}
          </span>
          <span className="min-w-0 flex-1">
            <span className="block truncate text-sm font-medium text-slate-900">{display}</span>
            {name && <span className="block truncate text-xs text-slate-500">{email}</span>}
          </span>
        </>
      }
    >
      {(close) => (
        <>
          <div className="px-2.5 py-2 text-xs text-slate-500">
            Signed in as <span className="font-medium text-slate-700">{email}</span>
          </div>
          <MenuSeparator />
          <Link href="/settings" role="menuitem" className={menuItemClasses} onClick={close}>
            <SettingsIcon className="size-4 text-slate-400" />
            Workspace settings
          </Link>
          <form action={signOutAction}>
            <button type="submit" role="menuitem" className={menuItemClasses}>
              <LogoutIcon className="size-4 text-slate-400" />
              Sign out
            </button>
          </form>
        </>
      )}
    </Menu>
  );
}
