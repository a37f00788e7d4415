import { describe, expect, it } from 'vitest';
import { collectDemo } from './dataset';
import { PLACES } from './places';

// "Roughly as intended": wide enough bands that a change of seed never fails them, narrow
// enough that a broken generator does.
const AS_OF = Date.UTC(2026, 10, 22, 12);
const DAY = 86_400_000;
const { profiles, events } = collectDemo({ profiles: 5000, events: 100_000, seed: 3, asOf: AS_OF });
const share = (n: number) => n / profiles.length;

describe('demo data: distributions', () => {
  it('denies personalization to about 8% of profiles', () => {
    const denied = share(profiles.filter((p) => p.consent.personalization === false).length);
    expect(denied).toBeGreaterThan(0.06);
    expect(denied).toBeLessThan(0.1);
  });

  it('has adult ages around 39 and mostly complete traits', () => {
    const ages = profiles.map((p) => p.traits.age as number);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(18);
    expect(Math.max(...ages)).toBeLessThanOrEqual(85);
    const mean = ages.reduce((a, b) => a + b, 0) / ages.length;
    expect(mean).toBeGreaterThan(36);
    expect(mean).toBeLessThan(42);
    const withIncome = share(profiles.filter((p) => typeof p.traits.income === 'number').length);
    expect(withIncome).toBeGreaterThan(0.9);
    expect(withIncome).toBeLessThan(0.98);
    for (const p of profiles) {
      expect(Array.isArray(p.traits.interests)).toBe(true);
      expect(p.traits.email).toMatch(/^[a-z]+\.[a-z]+\d+@example\.(com|org|net)$/);
      expect(new Date(p.traits.signupDate as string).getTime()).toBe(p.signupAt);
    }
  });

  it('pairs cities with their country, and uses valid IANA time zones', () => {
    const countryOf = new Map(PLACES.map((p) => [p.city, p.country]));
    for (const p of profiles) {
      expect(countryOf.get(p.traits.city as string)).toBe(p.traits.country);
      expect(countryOf.get(p.context.city)).toBe(p.context.country);
    }
    for (const tz of new Set(PLACES.map((p) => p.timezone))) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: tz })).not.toThrow();
    }
  });

  it('spreads activity like a power law: a heavy top decile and many light users', () => {
    const counts = profiles.map((p) => p.eventCount).sort((a, b) => b - a);
    const top10 = counts.slice(0, counts.length / 10).reduce((a, b) => a + b, 0);
    expect(top10 / events.length).toBeGreaterThan(0.35);
    expect(share(counts.filter((c) => c === 0).length)).toBeGreaterThan(0.05);
    expect(counts[0]).toBeGreaterThan(10 * (events.length / profiles.length));
  });

  it('has churned, new and recently active customers, so recency varies', () => {
    const lifecycles = new Map<string, number>();
    for (const p of profiles) lifecycles.set(p.lifecycle, (lifecycles.get(p.lifecycle) ?? 0) + 1);
    for (const [name, expected] of [['new', 0.12], ['dormant', 0.08], ['churned', 0.25], ['active', 0.55]] as const) {
      expect(share(lifecycles.get(name) ?? 0)).toBeGreaterThan(expected - 0.03);
      expect(share(lifecycles.get(name) ?? 0)).toBeLessThan(expected + 0.03);
    }
    const seen = profiles.filter((p) => p.eventCount > 0);
    const recent = seen.filter((p) => p.lastSeenAt > AS_OF - 7 * DAY).length / seen.length;
    const stale = seen.filter((p) => p.lastSeenAt < AS_OF - 30 * DAY).length / seen.length;
    expect(recent).toBeGreaterThan(0.2);
    expect(stale).toBeGreaterThan(0.1);
  });

  it('makes purchase frequency and spend vary enough for RFM quintiles', () => {
    const purchases = new Map<string, { n: number; spend: number }>();
    for (const e of events) {
      if (e.name !== 'purchase') continue;
      const x = purchases.get(e.externalId) ?? { n: 0, spend: 0 };
      x.n++;
      x.spend += e.properties.amount as number;
      purchases.set(e.externalId, x);
    }
    const buyers = [...purchases.values()];
    expect(buyers.length / profiles.length).toBeGreaterThan(0.2);
    expect(buyers.length / profiles.length).toBeLessThan(0.7);
    const frequencies = new Set(buyers.map((b) => Math.min(b.n, 10)));
    expect(frequencies.size).toBeGreaterThanOrEqual(6);
    const spends = buyers.map((b) => b.spend).sort((a, b) => a - b);
    expect(spends[Math.floor(spends.length * 0.9)]).toBeGreaterThan(3 * spends[Math.floor(spends.length * 0.2)]);
  });

  it('includes every event type, with e-mail events only for marketing consent', () => {
    const names = new Set(events.map((e) => e.name));
    expect([...names].sort()).toEqual(['add_to_cart', 'email_click', 'email_open', 'page_view', 'product_view', 'purchase']);
    const marketing = new Map(profiles.map((p) => [p.externalId, p.consent.marketing]));
    for (const e of events) if (e.name.startsWith('email_')) expect(marketing.get(e.externalId)).toBe(true);
  });
});
