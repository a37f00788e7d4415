'use client';

import { cn } from '@/components/ui/cn';
import { CheckIcon, WarningIcon } from '@/components/ui/icons';
import { Spinner } from '@/components/ui/spinner';
import type { SaveStatus } from './use-autosave';

/** "Saving… / Saved / Failed – retry". Drafts with problems are saved too; the nodes show the problems. */
export function SaveStatusPill({ status, onRetry }: { status: SaveStatus; onRetry(): void }) {
  const base = 'inline-flex items-center gap-1.5 text-xs whitespace-nowrap';
  switch (status.state) {
    case 'saved':
      return (
        <span data-testid="save-status" data-state="saved" className={cn(base, 'text-slate-500')}>
          <CheckIcon className="size-3.5 text-emerald-600" /> Saved
        </span>
      );
    case 'pending':
    case 'saving':
      return (
        <span data-testid="save-status" data-state={status.state} className={cn(base, 'text-slate-500')}>
          <Spinner className="size-3.5" /> Saving…
        </span>
      );
    case 'failed':
      return (
        <span data-testid="save-status" data-state="failed" className={cn(base, 'text-red-700')} title={status.message}>
          <WarningIcon className="size-3.5" /> Failed –{' '}
          <button type="button" className="font-semibold underline underline-offset-2" onClick={onRetry}>
            retry
          </button>
        </span>
      );
  }
}

/** Whether the counts on screen are those of the draft on screen. */
export function CountStatusPill({
  counting,
  stale,
  paused,
  error,
  tookMs,
  engine,
}: {
  counting: boolean;
  stale: boolean;
  paused: number;
  /** The server refused or failed to count the draft on screen. */
  error?: string;
  tookMs?: number;
  engine?: string;
}) {
  const base = 'inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-medium whitespace-nowrap ring-1 ring-inset';
  if (paused > 0) {
    return (
      <span data-testid="count-status" data-state="paused" className={cn(base, 'bg-amber-50 text-amber-800 ring-amber-600/20')}>
        <WarningIcon className="size-3.5" /> Counts paused: {paused} problem{paused === 1 ? '' : 's'}
      </span>
    );
  }
  if (error && !counting) {
    return (
      <span data-testid="count-status" data-state="error" className={cn(base, 'bg-red-50 text-red-700 ring-red-600/20')} title={error}>
        <WarningIcon className="size-3.5" /> Cannot count: {error.length > 60 ? `${error.slice(0, 59)}…` : error}
      </span>
    );
  }
  if (counting || stale) {
    return (
      <span data-testid="count-status" data-state="counting" className={cn(base, 'bg-brand-50 text-brand-700 ring-brand-600/20')}>
        <Spinner className="size-3.5" /> Counting…
      </span>
    );
  }
  return (
    <span data-testid="count-status" data-state="fresh" data-engine={engine} className={cn(base, 'bg-emerald-50 text-emerald-700 ring-emerald-600/20')} title={tookMs !== undefined ? `Counted in ${Math.round(tookMs)} ms on the server` : undefined}>
      <span className="size-1.5 rounded-full bg-emerald-500" /> Live counts
    </span>
  );
}
