import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-6 py-24">
      <EmptyState
        title="This page does not exist"
        actions={<Link href="/trees" className={buttonClasses('primary')}>Back to the dashboard</Link>}
      >
        The link may be old, or the item may have been deleted.
      </EmptyState>
    </main>
  );
}
