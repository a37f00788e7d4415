import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ContentIcon } from '@/components/ui/icons';

export default function SlotNotFound() {
  return (
    <EmptyState
      icon={<ContentIcon className="size-6" />}
      title="Slot not found"
      actions={<Link href="/content" className={buttonClasses('secondary')}>All slots</Link>}
    >
      No content slot with that id exists in this workspace. It may have been deleted, or it belongs to another workspace.
    </EmptyState>
  );
}
