import { IndexBuilder, type IndexBuilderOptions } from '@/lib/audience-index/build/index-builder';
import type { IndexData } from '@/lib/audience-index/storage/index-data';
import { type DemoOptions, generateDemoBatches } from '@/lib/demo';

// The demo generator straight into an index, no database: how the scale curve reaches 10M
// profiles. Profile ids are the 1-based positions, as a fresh database would number them.
export function buildFromGenerator(options: DemoOptions, builder: IndexBuilderOptions, onBatch?: (profiles: number) => void): IndexData {
  const index = new IndexBuilder(builder);
  let seq = 0;
  for (const batch of generateDemoBatches(options)) {
    const first = batch.profiles.length ? batch.profiles[0].index : 0;
    const slots = batch.profiles.map((p) =>
      index.addProfile({ id: p.index + 1, externalId: p.externalId, traits: p.traits, consent: p.consent, context: p.context }),
    );
    for (const e of batch.events) index.addEvent(slots[e.profileIndex - first], e.name, e.timestamp, seq++, e.properties);
    onBatch?.(index.size);
  }
  return index.finish();
}
