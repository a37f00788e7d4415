import Link from 'next/link';
import { LogoMark } from '@/components/ui/icons';

export const dynamic = 'force-dynamic';

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-gradient-to-b from-brand-50/60 to-slate-50">
      <header className="px-6 py-5">
        <Link href="/login" className="inline-flex items-center gap-2.5 rounded-md focus-visible:outline-2 focus-visible:outline-brand-600">
          <LogoMark />
          <span className="text-sm font-semibold tracking-tight">Audience Studio</span>
        </Link>
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pt-6 pb-16 sm:pt-16">
        <div className="w-full max-w-sm">{children}</div>
      </main>
    </div>
  );
}
