'use client';

import Link, { useLinkStatus } from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';

function Pending() {
  const { pending } = useLinkStatus();
  return pending ? <Spinner /> : null;
}

export function PaginationLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className={buttonClasses('secondary', 'sm')}>
      {children}
      <Pending />
    </Link>
  );
}
