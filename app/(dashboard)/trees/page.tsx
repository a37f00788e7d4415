import type { Metadata } from 'next';
import { ComingSoon } from '@/components/shell/coming-soon';
import { TreeIcon } from '@/components/ui/icons';

export const metadata: Metadata = { title: 'Trees' };

export default function TreesPage() {
  return (
    <ComingSoon
      title="Trees"
      description="Segmentation trees split your audience step by step into segments you can personalise."
      icon={<TreeIcon className="size-6" />}
      emptyTitle="No segmentation trees yet"
      points={[
        'Draw a tree on a canvas with splits on traits, events, context and scores.',
        'See the exact audience size at every node while you edit.',
        'Publish numbered versions whose leaves become segments.',
      ]}
      next={[
        { href: '/data', label: 'Import profiles and events', primary: true },
        { href: '/profiles', label: 'Explore profiles' },
      ]}
    />
  );
}
