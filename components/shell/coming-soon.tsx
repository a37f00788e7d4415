import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

/**
 * The page of a feature that is not built yet: says what will live here and offers only
 * links that already work, so no navigation dead-ends.
 */
export function ComingSoon({
  title,
  description,
  icon,
  emptyTitle,
  points,
  next,
}: {
  title: string;
  description: string;
  icon: React.ReactNode;
  emptyTitle: string;
  points: string[];
  next: { href: string; label: string; primary?: boolean }[];
}) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState
        icon={icon}
        title={emptyTitle}
        actions={next.map((n) => (
          <Link key={n.href} href={n.href} className={buttonClasses(n.primary ? 'primary' : 'secondary')}>
            {n.label}
          </Link>
        ))}
      >
        <p>This part of Audience Studio is on its way. When it lands you will be able to:</p>
        <ul className="mt-3 space-y-1.5 text-left">
          {points.map((p) => (
            <li key={p} className="flex gap-2">
              <span aria-hidden className="mt-2 size-1.5 shrink-0 rounded-full bg-brand-500" />
              <span>{p}</span>
            </li>
          ))}
        </ul>
      </EmptyState>
    </>
  );
}
