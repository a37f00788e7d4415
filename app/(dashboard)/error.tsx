'use client';

import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { WarningIcon } from '@/components/ui/icons';

// Server errors reach the browser without their message in production (only a digest),
// so this says what to do rather than what happened.
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <EmptyState
      icon={<WarningIcon className="size-6" />}
      title="This page could not be loaded"
      actions={
        <Button variant="secondary" onClick={reset}>
          Try again
        </Button>
      }
    >
      Something went wrong on our side. Try again; if it keeps happening, share this reference with your administrator:{' '}
      <code className="font-mono text-xs">{error.digest ?? 'n/a'}</code>
    </EmptyState>
  );
}
