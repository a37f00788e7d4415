import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { UsersIcon } from '@/components/ui/icons';

export default function ProfileNotFound() {
  return (
    <EmptyState
      icon={<UsersIcon className="size-6" />}
      title="Profile not found"
      actions={
        <Link href="/profiles" className={buttonClasses('secondary')}>
          Back to profiles
        </Link>
      }
    >
      No profile with that externalId exists in this workspace. externalIds are exact and case-sensitive; it may also have been erased.
    </EmptyState>
  );
}
