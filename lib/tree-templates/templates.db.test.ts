import { expect, it } from 'vitest';
import { createTestWorkspace, describeDb } from '@/test/db-test';
import { countAudience } from '@/lib/audience/count-audience';
import { seedWorkspace } from '@/lib/db/bulk/seed-workspace';
import { databaseUrl } from '@/lib/db/url';
import { TREE_TEMPLATES } from './templates';

// Every template counted on generated demo data (what `npm start` seeds): each segment must
// hold people, and no segment may swallow the audience or be a sliver of it.
const AS_OF = Date.UTC(2026, 9, 1, 12);
const MIN_SHARE = 0.03;
const MAX_SHARE = 0.5;

describeDb('tree templates on demo data', () => {
  it('every segment is non-empty and the segments are reasonably balanced', async () => {
    const ws = await createTestWorkspace('templates');
    await seedWorkspace(databaseUrl(), ws.id, { profiles: 1500, events: 30_000, seed: 1, asOf: AS_OF });
    for (const template of TREE_TEMPLATES) {
      const { counts } = await countAudience(ws.id, template.build(), { asOf: AS_OF });
      const everyone = counts.total - counts.excludedNoConsent;
      expect(counts.unassigned, template.name).toBe(0);
      for (const [key, size] of Object.entries(counts.segments)) {
        const share = size / everyone;
        expect(share, `${template.name}: ${key} holds ${size} of ${everyone}`).toBeGreaterThanOrEqual(MIN_SHARE);
        expect(share, `${template.name}: ${key} holds ${size} of ${everyone}`).toBeLessThanOrEqual(MAX_SHARE);
      }
    }
  }, 120_000);
});
