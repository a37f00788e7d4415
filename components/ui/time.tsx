import { formatDateTime, formatRelative } from './format';

/** A relative time with the absolute one (workspace time zone) as its tooltip. */
export function RelativeTime({ value, timeZone }: { value: Date | string | null | undefined; timeZone?: string }) {
  if (!value) return <span className="text-slate-400">never</span>;
  const iso = typeof value === 'string' ? value : value.toISOString();
  return (
    <time dateTime={iso} title={formatDateTime(value, timeZone)} suppressHydrationWarning>
      {formatRelative(value)}
    </time>
  );
}
