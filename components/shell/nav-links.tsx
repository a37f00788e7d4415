'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';
import { ContentIcon, DatabaseIcon, FlaskIcon, SettingsIcon, TreeIcon, UsersIcon } from '@/components/ui/icons';

// Declared here rather than passed from the server layout: icons are components, which
// cannot cross the server → client boundary as props.
const NAV = [
  { href: '/trees', label: 'Trees', icon: TreeIcon },
  { href: '/content', label: 'Content', icon: ContentIcon },
  { href: '/experiments', label: 'Experiments', icon: FlaskIcon },
  { href: '/profiles', label: 'Profiles', icon: UsersIcon },
  { href: '/data', label: 'Data', icon: DatabaseIcon },
  { href: '/settings', label: 'Settings', icon: SettingsIcon },
] as const;

export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex gap-1 overflow-x-auto md:flex-col md:overflow-visible">
      {NAV.map(({ href, label, icon: Icon }) => {
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? 'page' : undefined}
            className={cn(
              'flex items-center gap-2.5 rounded-lg px-2.5 py-2 text-sm font-medium whitespace-nowrap transition-colors',
              active ? 'bg-brand-50 text-brand-700' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900',
            )}
          >
            <Icon className={cn('size-5', active ? 'text-brand-600' : 'text-slate-400')} />
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
