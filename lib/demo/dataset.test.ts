import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { collectDemo, generateDemoBatches } from './dataset';
import type { DemoOptions } from './types';

const AS_OF = Date.UTC(2026, 10, 22, 12);
const DAY = 86_400_000;


function digest(options: DemoOptions): string {
  const hash = createHash('sha256');
  for (const batch of generateDemoBatches(options)) hash.update(JSON.stringify(batch));
  return hash.digest('hex');
}

const small: DemoOptions = { profiles: 2000, events: 40_000, seed: 7, asOf: AS_OF };
const data = collectDemo(small);

describe('demo data: determinism', () => {
  it('gives byte-identical output for the same options', () => {
    expect(digest(small)).toBe(digest(small));
  });

  it('does not depend on the batch size', () => {
    expect(JSON.stringify(collectDemo({ ...small, profiles: 300, events: 6000, batchSize: 7 })))
      .toBe(JSON.stringify(collectDemo({ ...small, profiles: 300, events: 6000, batchSize: 1000 })));
  });

  it('changes with the seed and with the anchor instant', () => {
    expect(digest({ ...small, seed: 8 })).not.toBe(digest(small));
    expect(digest({ ...small, asOf: AS_OF + 3_600_000 })).not.toBe(digest(small));
  });
});

describe('demo data: shape', () => {
  it('produces exactly the requested counts, in batches', () => {
    expect(data.profiles).toHaveLength(2000);
    expect(data.events).toHaveLength(40_000);
    const sizes = [...generateDemoBatches({ ...small, batchSize: 500 })].map((b) => b.profiles.length);
    expect(sizes).toEqual([500, 500, 500, 500]);
  });

  it.each([
    [1, 0],
    [1, 25],
    [3, 1],
    [10, 1000],
  ])('hands out exactly the events asked for with %i profiles and %i events', (profiles, events) => {
    const out = collectDemo({ profiles, events, seed: 1, asOf: AS_OF });
    expect(out.profiles).toHaveLength(profiles);
    expect(out.events).toHaveLength(events);
  });

  it('attaches every event to a generated profile, with matching counts', () => {
    const byId = new Map(data.profiles.map((p) => [p.externalId, p]));
    const counts = new Map<string, number>();
    for (const e of data.events) {
      const profile = byId.get(e.externalId);
      expect(profile?.index).toBe(e.profileIndex);
      counts.set(e.externalId, (counts.get(e.externalId) ?? 0) + 1);
    }
    for (const p of data.profiles) expect(counts.get(p.externalId) ?? 0).toBe(p.eventCount);
  });

  it('keeps every event inside the 90-day window and first/last seen around them', () => {
    const byId = new Map(data.profiles.map((p) => [p.externalId, p]));
    const outside = data.events.filter((e) => {
      const p = byId.get(e.externalId)!;
      return !Number.isInteger(e.timestamp) || e.timestamp < AS_OF - 90 * DAY || e.timestamp > AS_OF
        || e.timestamp < p.firstSeenAt || e.timestamp > p.lastSeenAt;
    });
    expect(outside).toEqual([]);
  });

  it('gives every event a unique messageId and external ids are unique', () => {
    expect(new Set(data.events.map((e) => e.messageId)).size).toBe(data.events.length);
    expect(new Set(data.profiles.map((p) => p.externalId)).size).toBe(data.profiles.length);
  });

  it('orders each profile\'s events by time', () => {
    const unordered = data.events.filter((b, i) => i > 0 && data.events[i - 1].externalId === b.externalId && b.timestamp < data.events[i - 1].timestamp);
    expect(unordered).toEqual([]);
  });

  it('writes purchases with a 2-decimal amount, an order id, a category and an item count', () => {
    const purchases = data.events.filter((e) => e.name === 'purchase');
    expect(purchases.length).toBeGreaterThan(100);
    for (const p of purchases) {
      const { amount, orderId, category, items } = p.properties;
      expect(typeof amount).toBe('number');
      expect(Math.abs((amount as number) * 100 - Math.round((amount as number) * 100))).toBeLessThan(1e-6);
      expect(amount as number).toBeGreaterThan(0);
      expect(typeof orderId).toBe('string');
      expect(typeof category).toBe('string');
      expect(Number.isInteger(items) && (items as number) >= 1).toBe(true);
    }
    expect(new Set(purchases.map((p) => p.properties.orderId)).size).toBe(purchases.length);
  });

  it('gives product views a product id, category and price', () => {
    const views = data.events.filter((x) => x.name === 'product_view' || x.name === 'add_to_cart');
    const bad = views.filter((e) => !/^sku-\d+$/.test(String(e.properties.productId)) || typeof e.properties.category !== 'string' || typeof e.properties.price !== 'number');
    expect(views.length).toBeGreaterThan(1000);
    expect(bad).toEqual([]);
  });
});
