import { HeroPreview } from '@/components/content/hero-preview';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import type { Arm } from '@/lib/experiments/arms';

/**
 * What each arm shows, read-only: the normal content, a slot variant by name, or the arm's own
 * content as a hero mock-up with its placeholders as written (they are filled per visitor).
 */
export function ArmsSummary({ arms, variants }: { arms: readonly Arm[]; variants: readonly { id: string; name: string; segmentKey: string | null }[] }) {
  const variantName = (id: string) => {
    const v = variants.find((x) => x.id === id);
    return v ? `Variant “${v.name}”${v.segmentKey ? ` (${v.segmentKey})` : ' (default)'}` : 'A variant since deleted: the normal content';
  };
  return (
    <Card className="mb-6">
      <CardHeader title="Arms" description="What each arm’s visitors see. The first arm is the control." />
      <CardBody>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {arms.map((arm, i) => (
            <li key={arm.key} data-testid={`arm-summary-${arm.key}`} className="min-w-0 space-y-2 rounded-lg border border-slate-200 p-3">
              <div className="flex items-baseline justify-between gap-2">
                <span className="truncate font-medium text-slate-900">{arm.name}{i === 0 && <span className="ml-1.5 text-xs font-normal text-slate-500">control</span>}</span>
                <span className="shrink-0 text-xs tabular-nums text-slate-500">{arm.weight} %</span>
              </div>
              <p data-testid="arm-shows" className="text-xs text-slate-600">
                {arm.content ? 'New content (this arm only)' : arm.variantId ? variantName(arm.variantId) : 'Normal content: each visitor’s segment variant'}
              </p>
              {arm.content && <HeroPreview content={arm.content} />}
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
