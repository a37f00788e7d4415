import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { ExperimentStatus } from '@/lib/validations/experiments';

const LOOK: Record<ExperimentStatus, { tone: BadgeTone; label: string }> = {
  draft: { tone: 'gray', label: 'Draft' },
  running: { tone: 'green', label: 'Running' },
  stopped: { tone: 'amber', label: 'Stopped' },
};

export function StatusBadge({ status }: { status: ExperimentStatus }) {
  const { tone, label } = LOOK[status];
  return (
    <Badge tone={tone} data-testid="experiment-status">
      {status === 'running' && <span className="size-1.5 animate-pulse rounded-full bg-emerald-500" aria-hidden />}
      {label}
    </Badge>
  );
}
