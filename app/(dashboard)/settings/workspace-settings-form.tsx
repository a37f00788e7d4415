'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useWorkspace } from '@/components/providers/workspace-context';
import { ApiClientError, errorMessage } from '@/components/hooks/api-client';
import { useUpdateWorkspaceSettings, useWorkspaceSettingsQuery } from '@/components/hooks/queries/use-workspace-settings-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { describedBy, Field, inputClasses } from '@/components/ui/field';
import { SkeletonRows } from '@/components/ui/skeleton';
import { Switch } from '@/components/ui/switch';
import { workspaceSettingsSchema } from '@/lib/validations/workspace';

interface Draft {
  name: string;
  requireOptIn: boolean;
  timezone: string;
  origins: string;
  minSize: string;
  minPercent: string;
}

/** A number field's text as the schema expects it: a number, or the text itself so the schema says why not. */
const numberOrText = (text: string): number | string => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text);

export function WorkspaceSettingsForm({ canEdit, timezones }: { canEdit: boolean; timezones: string[] }) {
  const { workspaceId } = useWorkspace();
  const router = useRouter();
  const query = useWorkspaceSettingsQuery(workspaceId);
  const update = useUpdateWorkspaceSettings(workspaceId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (query.data && !draft) {
      const w = query.data;
      setDraft({
        name: w.name,
        requireOptIn: w.requireOptIn,
        timezone: w.timezone,
        origins: w.siteOrigins.join('\n'),
        minSize: String(w.minSegmentSize),
        minPercent: String(w.minSegmentPercent),
      });
    }
  }, [query.data, draft]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    setSaved(false);
    const input = {
      name: draft.name,
      requireOptIn: draft.requireOptIn,
      timezone: draft.timezone,
      siteOrigins: draft.origins.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean),
      minSegmentSize: numberOrText(draft.minSize),
      minSegmentPercent: numberOrText(draft.minPercent),
    };
    // The route's schema, checked here first so mistakes show without a round trip.
    const parsed = workspaceSettingsSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    update.mutate(parsed.data, {
      onSuccess: () => {
        setSaved(true);
        router.refresh(); // the sidebar shows the name from the server
      },
      onError: (error) => error instanceof ApiClientError && setErrors(error.fieldErrors()),
    });
  };

  return (
    <Card aria-labelledby="workspace-settings-title">
      <CardHeader id="workspace-settings-title" title="Workspace" description="How this workspace is named and how it treats consent, time, origins and small segments." />
      <CardBody>
        {query.isPending || !draft ? (
          query.isError ? <Alert tone="error">{errorMessage(query.error)}</Alert> : <SkeletonRows rows={4} label="Loading settings" />
        ) : (
          <form onSubmit={submit} noValidate>
            <fieldset disabled={!canEdit} className="grid gap-5 sm:grid-cols-2">
              <Field id="ws-name" label="Name" error={errors.name}>
                <input id="ws-name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} className={inputClasses} {...describedBy('ws-name', errors.name)} />
              </Field>
              <Field id="ws-timezone" label="Time zone" hint="Used by date pickers in the tree editor and for showing times." error={errors.timezone}>
                <select id="ws-timezone" value={draft.timezone} onChange={(e) => setDraft({ ...draft, timezone: e.target.value })} className={inputClasses} {...describedBy('ws-timezone', errors.timezone, true)}>
                  {(timezones.includes(draft.timezone) ? timezones : [draft.timezone, ...timezones]).map((tz) => (
                    <option key={tz} value={tz}>
                      {tz}
                    </option>
                  ))}
                </select>
              </Field>
              <div className="sm:col-span-2">
                <Switch
                  id="ws-opt-in"
                  checked={draft.requireOptIn}
                  onChange={(requireOptIn) => setDraft({ ...draft, requireOptIn })}
                  label="Require opt-in for personalisation"
                  description="On: only profiles with consent.personalization = true are segmented. Off: profiles without a consent value count as consenting; an explicit false is always excluded."
                />
              </div>
              <Field
                id="ws-origins"
                label="Site origins"
                className="sm:col-span-2"
                hint="One per line, e.g. https://www.example.com. Browsers on these origins may call the evaluation route."
                error={errors.siteOrigins}
              >
                <textarea id="ws-origins" rows={3} value={draft.origins} onChange={(e) => setDraft({ ...draft, origins: e.target.value })} placeholder="https://www.example.com" className={`${inputClasses} font-mono`} {...describedBy('ws-origins', errors.siteOrigins, true)} />
              </Field>
              <Field
                id="ws-min-size"
                label="Minimum segment size (profiles)"
                hint="The tree editor warns about segments smaller than this. 0 turns the rule off."
                error={errors.minSegmentSize}
              >
                <input id="ws-min-size" type="number" inputMode="numeric" min={0} step={1} value={draft.minSize} onChange={(e) => setDraft({ ...draft, minSize: e.target.value })} className={inputClasses} {...describedBy('ws-min-size', errors.minSegmentSize, true)} />
              </Field>
              <Field
                id="ws-min-percent"
                label="Minimum segment share (% of all profiles)"
                hint="…or smaller than this share of all profiles. Too many tiny segments is over-segmentation: content and experiments that never reach enough people."
                error={errors.minSegmentPercent}
              >
                <input id="ws-min-percent" type="number" inputMode="decimal" min={0} max={100} step="any" value={draft.minPercent} onChange={(e) => setDraft({ ...draft, minPercent: e.target.value })} className={inputClasses} {...describedBy('ws-min-percent', errors.minSegmentPercent, true)} />
              </Field>
            </fieldset>
            <div className="mt-5 flex flex-wrap items-center gap-3">
              {canEdit ? (
                <Button type="submit" pending={update.isPending}>
                  Save changes
                </Button>
              ) : (
                <p className="text-sm text-slate-500">Only owners can change workspace settings.</p>
              )}
              {saved && <span role="status" className="text-sm text-emerald-700">Saved.</span>}
              {update.isError && !(update.error instanceof ApiClientError && update.error.issues.length) && (
                <span role="alert" className="text-sm text-red-600">{errorMessage(update.error)}</span>
              )}
            </div>
          </form>
        )}
      </CardBody>
    </Card>
  );
}
