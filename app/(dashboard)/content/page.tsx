import type { Metadata } from 'next';
import { ComingSoon } from '@/components/shell/coming-soon';
import { ContentIcon } from '@/components/ui/icons';

export const metadata: Metadata = { title: 'Content' };

export default function ContentPage() {
  return (
    <ComingSoon
      title="Content"
      description="Slots are the places on your site that change per segment; variants are what each segment sees."
      icon={<ContentIcon className="size-6" />}
      emptyTitle="No content slots yet"
      points={[
        'Create slots such as home-hero and give each segment its own variant.',
        'Write headlines with placeholders like {{traits.firstName | "there"}}.',
        'Preview any variant as a specific profile before it goes live.',
      ]}
      next={[
        { href: '/settings', label: 'Set your site origins', primary: true },
        { href: '/profiles', label: 'Explore profiles' },
      ]}
    />
  );
}
