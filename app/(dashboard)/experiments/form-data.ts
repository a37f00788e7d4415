import 'server-only';
import type { EventOption } from '@/components/experiments/metric-builder';
import { listSlotOptions } from '@/lib/db/queries/experiments/list-slot-options';
import { slotDailyTraffic } from '@/lib/db/queries/experiments/slot-traffic';
import { discoverSchema } from '@/lib/db/queries/schema/discover-schema';

/** What the experiment form offers: slots with variants and segments, known events, recent traffic. */
export async function loadFormData(workspaceId: string) {
  const [slots, schema, slotTraffic] = await Promise.all([listSlotOptions(workspaceId), discoverSchema(workspaceId), slotDailyTraffic(workspaceId)]);
  const events: EventOption[] = schema.events.map((e) => ({
    name: e.name,
    properties: e.properties.map((p) => ({ path: p.path, numeric: (p.types.number ?? 0) > 0 })),
  }));
  return { slots, events, slotTraffic };
}
