import { EMAIL_CAMPAIGNS } from './catalog';
import type { Place } from './places';
import { pickWeighted, weighted, type Rng, type WeightedTable } from './random';
import type { DemoContext } from './types';

// The last-seen context of a customer: device, software, where they were and how they came.
const DEVICES = weighted([['mobile', 58], ['desktop', 36], ['tablet', 6]] as const);
const OS_BY_DEVICE = {
  mobile: weighted([['iOS', 45], ['Android', 55]] as const),
  desktop: weighted([['Windows', 62], ['macOS', 30], ['Linux', 5], ['ChromeOS', 3]] as const),
  tablet: weighted([['iPadOS', 60], ['Android', 40]] as const),
};
const BROWSERS_BY_OS: Record<string, WeightedTable<string>> = {
  iOS: weighted([['Mobile Safari', 85], ['Chrome', 15]] as const),
  iPadOS: weighted([['Mobile Safari', 90], ['Chrome', 10]] as const),
  Android: weighted([['Chrome', 80], ['Samsung Internet', 15], ['Firefox', 5]] as const),
  Windows: weighted([['Chrome', 68], ['Edge', 24], ['Firefox', 8]] as const),
  macOS: weighted([['Safari', 50], ['Chrome', 42], ['Firefox', 8]] as const),
  Linux: weighted([['Firefox', 55], ['Chrome', 45]] as const),
  ChromeOS: weighted([['Chrome', 100]] as const),
};

type Source = (rng: Rng, marketing: boolean) => Partial<DemoContext>;
const SOURCES = weighted<Source>([
  [() => ({}), 35], // direct: no referrer, no campaign
  [() => ({ referrer: 'https://www.google.com/' }), 25],
  [(rng) => ({ referrer: 'https://www.google.com/', utm_source: 'google', utm_medium: 'cpc', utm_campaign: rng.pick(['brand', 'shopping_feed', 'seasonal_sale']) }), 12],
  [(rng) => ({ referrer: 'https://www.facebook.com/', utm_source: 'facebook', utm_medium: 'paid_social', utm_campaign: rng.pick(['retargeting', 'lookalike']) }), 8],
  [() => ({ referrer: 'https://www.instagram.com/', utm_source: 'instagram', utm_medium: 'social', utm_campaign: 'creator_collab' }), 6],
  [(rng, marketing) => (marketing ? { utm_source: 'newsletter', utm_medium: 'email', utm_campaign: rng.pick(EMAIL_CAMPAIGNS) } : {}), 10],
  [(rng) => ({ referrer: rng.pick(['https://www.reddit.com/', 'https://news.ycombinator.com/', 'https://www.pinterest.com/']) }), 4],
]);

export function lastSeenContext(rng: Rng, home: Place, places: WeightedTable<Place>, marketing: boolean): DemoContext {
  const device = pickWeighted(rng, DEVICES);
  const os = pickWeighted(rng, OS_BY_DEVICE[device]);
  const browser = pickWeighted(rng, BROWSERS_BY_OS[os]);
  // Most people are last seen at home; some while travelling.
  const where = rng.chance(0.94) ? home : pickWeighted(rng, places);
  const source = pickWeighted(rng, SOURCES)(rng, marketing);
  return {
    device, os, browser,
    country: where.country, region: where.region, city: where.city, timezone: where.timezone,
    ...source,
  };
}
