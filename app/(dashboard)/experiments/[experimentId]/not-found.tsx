import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

export default function ExperimentNotFound() {
  return (
    <EmptyState title="No such experiment" actions={<Link href="/experiments" className={buttonClasses('secondary')}>All experiments</Link>}>
      It may have been deleted, or it belongs to another workspace.
    </EmptyState>
  );
}
