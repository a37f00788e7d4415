import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { JsonValue } from '@/components/profiles/json-value';

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

function KeyValues({ data, empty, label }: { data: Obj; empty: React.ReactNode; label: string }) {
  const entries = Object.entries(data);
  if (entries.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <dl aria-label={label} className="divide-y divide-slate-100 text-sm">
      {entries.map(([k, v]) => (
        <div key={k} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-3 py-1.5">
          <dt className="truncate font-mono text-xs leading-5 text-slate-500" title={k}>
            {k}
          </dt>
          <dd className="min-w-0 break-words text-slate-900">
            <JsonValue value={v} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

const CONSENT_KEYS = ['analytics', 'personalization', 'marketing'] as const;

function ConsentList({ consent }: { consent: Obj }) {
  const extra = Object.keys(consent).filter((k) => !(CONSENT_KEYS as readonly string[]).includes(k));
  return (
    <ul aria-label="Consent" className="space-y-2 text-sm">
      {[...CONSENT_KEYS, ...extra].map((k) => {
        const v = consent[k];
        return (
          <li key={k} className="flex items-center justify-between">
            <span className="capitalize text-slate-700">{k}</span>
            {v === true ? <Badge tone="green">Granted</Badge> : v === false ? <Badge tone="red">Denied</Badge> : v === undefined || v === null ? <Badge tone="gray">Not set</Badge> : <Badge tone="amber">{JSON.stringify(v)}</Badge>}
          </li>
        );
      })}
    </ul>
  );
}

export function ProfileFacts({ profile, consentDetail }: { profile: { traits: unknown; consent: unknown; context: unknown; scores: unknown }; consentDetail: string }) {
  const scores = asObj(profile.scores);
  return (
    <>
      <Card aria-labelledby="traits-title">
        <CardHeader id="traits-title" title="Traits" />
        <CardBody>
          <KeyValues data={asObj(profile.traits)} label="Traits" empty="No traits yet. They arrive with profile upserts and CSV imports." />
        </CardBody>
      </Card>
      <Card aria-labelledby="consent-title">
        <CardHeader id="consent-title" title="Consent" description={consentDetail} />
        <CardBody>
          <ConsentList consent={asObj(profile.consent)} />
        </CardBody>
      </Card>
      <Card aria-labelledby="context-title">
        <CardHeader id="context-title" title="Last-seen context" description="Device, location and campaign from the latest call." />
        <CardBody>
          <KeyValues data={asObj(profile.context)} label="Last-seen context" empty="No context recorded yet." />
        </CardBody>
      </Card>
      <Card aria-labelledby="scores-title">
        <CardHeader id="scores-title" title="Scores" description="RFM and engagement." />
        <CardBody>
          {Object.keys(scores).length === 0 ? (
            <p className="text-sm text-slate-500" data-testid="scores-empty">
              Not computed yet. Scores are calculated over the whole workspace from purchase and engagement events.
            </p>
          ) : (
            <KeyValues data={scores} label="Scores" empty="" />
          )}
        </CardBody>
      </Card>
    </>
  );
}
