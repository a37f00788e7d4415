import Link from 'next/link';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';

function Snippet({ title, code }: { title: string; code: string }) {
  return (
    <div>
      <div className="mb-1.5 flex items-center justify-between gap-2">
        <h3 className="text-sm font-medium text-slate-700">{title}</h3>
        <CopyButton value={code} />
      </div>
      <pre className="overflow-x-auto rounded-lg bg-slate-900 px-4 py-3 font-mono text-xs leading-relaxed text-slate-100">
        <code>{code}</code>
      </pre>
    </div>
  );
}

export function QuickStart({ origin, canCreateKeys }: { origin: string; canCreateKeys: boolean }) {
  const profiles = `curl -X POST ${origin}/api/v1/profiles \\
  -H "Authorization: Bearer $STUDIO_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"profiles":[{"externalId":"user-42","traits":{"email":"ada@example.com","plan":"pro"},"consent":{"personalization":true}}]}'`;
  const events = `curl -X POST ${origin}/api/v1/events \\
  -H "Authorization: Bearer $STUDIO_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"events":[{"externalId":"user-42","event":"purchase","timestamp":"2025-06-01T10:05:00Z","properties":{"amount":49.9},"messageId":"order-1001"}]}'`;
  const csv = `curl -X POST ${origin}/api/v1/import/profiles \\
  -H "Authorization: Bearer $STUDIO_API_KEY" \\
  -H "Content-Type: text/csv" \\
  --data-binary @profiles.csv`;
  return (
    <Card id="quick-start" aria-labelledby="quick-start-title">
      <CardHeader
        id="quick-start-title"
        title="HTTP API quick-start"
        description={
          <>
            Send data from your backend with an API key that has the <code className="font-mono text-xs">ingest</code> scope. Up to 1,000 records per call;
            a repeated messageId is stored once.
          </>
        }
        actions={
          canCreateKeys ? (
            <Link href="/settings#api-keys-title" className="text-sm font-medium text-brand-600 hover:text-brand-700">
              Create an API key →
            </Link>
          ) : undefined
        }
      />
      <CardBody className="space-y-5">
        <p className="text-sm text-slate-600">
          Endpoint for this workspace: <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800" data-testid="api-endpoint">{origin}/api/v1</code>
          {!canCreateKeys && <> · ask a workspace owner for an API key.</>}
        </p>
        <Snippet title="Upsert profiles (traits merge by key)" code={profiles} />
        <Snippet title="Track events (unknown externalIds create the profile)" code={events} />
        <Snippet title="Import a CSV file" code={csv} />
      </CardBody>
    </Card>
  );
}
