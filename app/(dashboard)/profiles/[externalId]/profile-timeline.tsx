'use client';

import { useWorkspace } from '@/components/providers/workspace-context';
import { errorMessage } from '@/components/hooks/api-client';
import { useProfileEventsQuery, type TimelineEventData } from '@/components/hooks/queries/use-profile-events-query';
import { JsonValue } from '@/components/profiles/json-value';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { formatDateTime, formatNumber } from '@/components/ui/format';
import { ClockIcon } from '@/components/ui/icons';
import { SkeletonRows } from '@/components/ui/skeleton';
import { RelativeTime } from '@/components/ui/time';

function EventItem({ event, timezone }: { event: TimelineEventData; timezone: string }) {
  const props = Object.entries(event.properties ?? {});
  const context = Object.keys(event.context ?? {}).length > 0;
  return (
    <li className="relative pb-5 pl-6 last:pb-0" data-testid="timeline-event">
      <span aria-hidden className="absolute top-1.5 left-0 size-2.5 rounded-full bg-brand-500 ring-4 ring-brand-50" />
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5">
        <span className="font-mono text-sm font-semibold text-slate-900">{event.name}</span>
        <span className="text-xs text-slate-500">
          <time dateTime={event.timestamp}>{formatDateTime(event.timestamp, timezone)}</time>
          {' · '}
          <RelativeTime value={event.timestamp} timeZone={timezone} />
        </span>
      </div>
      {props.length > 0 && (
        <dl className="mt-1.5 flex flex-wrap gap-1.5">
          {props.map(([k, v]) => (
            <div key={k} className="inline-flex max-w-full items-baseline gap-1 rounded-md bg-slate-50 px-2 py-0.5 text-xs ring-1 ring-slate-200 ring-inset">
              <dt className="font-mono text-slate-500">{k}</dt>
              <dd className="min-w-0 truncate text-slate-800">
                <JsonValue value={v} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {(context || event.messageId) && (
        <details className="mt-1.5 text-xs text-slate-500">
          <summary className="cursor-pointer select-none hover:text-slate-700">Details</summary>
          <div className="mt-1 space-y-1">
            {event.messageId && (
              <p>
                messageId <span className="font-mono text-slate-700">{event.messageId}</span>
              </p>
            )}
            <p>received {formatDateTime(event.receivedAt, timezone)}</p>
            {context && <JsonValue value={event.context} />}
          </div>
        </details>
      )}
    </li>
  );
}

export function ProfileTimeline({ externalId, total }: { externalId: string; total: number }) {
  const { workspaceId, timezone } = useWorkspace();
  const query = useProfileEventsQuery(workspaceId, externalId);
  const events = query.data?.pages.flatMap((p) => p.events) ?? [];
  return (
    <Card aria-labelledby="timeline-title">
      <CardHeader id="timeline-title" title="Event timeline" description={`${formatNumber(total)} ${total === 1 ? 'event' : 'events'}, newest first. Times in ${timezone}.`} />
      <div className="px-5 py-5">
        {query.isPending ? (
          <SkeletonRows rows={5} label="Loading events" />
        ) : query.isError ? (
          <Alert tone="error">{errorMessage(query.error)}</Alert>
        ) : events.length === 0 ? (
          <EmptyState icon={<ClockIcon className="size-6" />} title="No events yet" className="border-0 py-8">
            Events sent for this externalId (page views, purchases, …) will show up here.
          </EmptyState>
        ) : (
          <>
            <ol aria-label="Events" className="border-l border-slate-200 pl-0 [&>li]:-ml-[5px]">
              {events.map((e) => (
                <EventItem key={e.id} event={e} timezone={timezone} />
              ))}
            </ol>
            {query.hasNextPage && (
              <div className="mt-5 flex justify-center">
                <Button variant="secondary" size="sm" pending={query.isFetchingNextPage} onClick={() => query.fetchNextPage()}>
                  Load older events
                </Button>
              </div>
            )}
          </>
        )}
      </div>
    </Card>
  );
}
