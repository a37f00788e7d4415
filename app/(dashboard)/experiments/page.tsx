import type { Metadata } from 'next';
import { ComingSoon } from '@/components/shell/coming-soon';
import { FlaskIcon } from '@/components/ui/icons';

export const metadata: Metadata = { title: 'Experiments' };

export default function ExperimentsPage() {
  return (
    <ComingSoon
      title="Experiments"
      description="A/B tests inside a segment: which variant converts better for these people?"
      icon={<FlaskIcon className="size-6" />}
      emptyTitle="No experiments yet"
      points={[
        'Split a segment between a control and one or more variants with weights.',
        'Read lift, confidence intervals, p-values and the chance to beat control.',
        'Get warned about sample-ratio mismatch before trusting a result.',
      ]}
      next={[
        { href: '/data', label: 'Send conversion events', primary: true },
        { href: '/trees', label: 'Go to trees' },
      ]}
    />
  );
}
