'use client';

import { errorMessage } from '@/components/hooks/api-client';
import { type VariantJson, useDeleteVariant } from '@/components/hooks/queries/use-slots-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { VIEWER_TITLE } from './read-only';

/** Variants whose segment the slot's tree no longer has: kept, never served, deletable. */
export function OrphanVariants({ slotId, variants, canWrite }: { slotId: string; variants: VariantJson[]; canWrite: boolean }) {
  const remove = useDeleteVariant(slotId);
  return (
    <Card className="mt-6" data-testid="orphan-variants" aria-labelledby="orphans-title">
      <CardHeader
        id="orphans-title"
        title="Not served"
        description="These variants belong to segments the slot’s tree does not have (it was republished, or the slot follows another tree). They are kept so you can switch back."
      />
      {remove.isError && <Alert tone="error" className="m-4">{errorMessage(remove.error)}</Alert>}
      <ul className="divide-y divide-slate-100">
        {variants.map((v) => (
          <li key={v.id} className="flex items-center justify-between gap-3 px-5 py-2.5 text-sm">
            <span>
              {v.name} <span className="font-mono text-xs text-slate-500">{v.segmentKey}</span>
            </span>
            <Button
              variant="ghost"
              size="sm"
              className="text-red-700"
              disabled={!canWrite}
              title={canWrite ? undefined : VIEWER_TITLE}
              pending={remove.isPending && remove.variables === v.id}
              onClick={() => remove.mutate(v.id)}
            >
              Delete
            </Button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
