import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { TreeIcon } from '@/components/ui/icons';

export default function TreeNotFound() {
  return (
    <EmptyState
      icon={<TreeIcon className="size-6" />}
      title="Tree not found"
      actions={
        <Link href="/trees" className={buttonClasses('secondary')}>
          Back to trees
        </Link>
      }
    >
      No tree with that id exists in this workspace. It may have been deleted, or it belongs to another workspace.
    </EmptyState>
  );
}
