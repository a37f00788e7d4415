import type { Condition, TreeDocument } from '@/lib/segments';
import { type TemplateSpec, buildDocument } from './build-document';
import { activeDays, allOf, contextIs, eventCount, eventSum, lastDays } from './conditions';

// Starting points built from conditions that work on the demo data (lib/demo): the events
// page_view, product_view, add_to_cart, purchase (properties.amount), email_open and
// email_click over the last 90 days, and the last-seen context (device). The demo data has
// no computed RFM scores, so "RFM tiers" reads recency, frequency and monetary value from
// purchase events directly; it works the same on any shop that tracks `purchase` with an
// `amount`. Thresholds are balanced on the demo data (checked by templates.db.test.ts).

/** A switch case whose profiles go straight to one segment. */
function toSegment(id: string, label: string, condition: Condition, segment: { key: string; name: string; color: string }) {
  return { id, label, condition, then: { kind: 'segment' as const, id: `seg-${id}`, ...segment } };
}

export type TreeTemplate = {
  key: string;
  name: string;
  description: string;
  build(): TreeDocument;
};

const rfm: TemplateSpec = {
  kind: 'switch',
  id: 'rfm',
  label: 'RFM tier',
  cases: [
    toSegment(
      'champions',
      'Champions',
      allOf(
        eventCount('purchase', lastDays(30), 'gte', 1),
        eventCount('purchase', lastDays(90), 'gte', 2),
        eventSum('purchase', 'properties.amount', lastDays(90), 100),
      ),
      { key: 'rfm-champions', name: 'Champions', color: '#16a34a' },
    ),
    toSegment('loyal', 'Loyal', eventCount('purchase', lastDays(90), 'gte', 2), { key: 'rfm-loyal', name: 'Loyal customers', color: '#0ea5e9' }),
    toSegment('recent', 'Recent buyers', eventCount('purchase', lastDays(30), 'gte', 1), { key: 'rfm-recent', name: 'Recent buyers', color: '#6366f1' }),
    toSegment('at-risk', 'At risk', eventCount('purchase', lastDays(90), 'gte', 1), { key: 'rfm-at-risk', name: 'At risk', color: '#f59e0b' }),
    toSegment('browsers', 'Browsers', eventCount('product_view', lastDays(30), 'gte', 1), { key: 'rfm-browsers', name: 'Browsing, not buying', color: '#a855f7' }),
  ],
  otherwise: { kind: 'segment', id: 'seg-hibernating', key: 'rfm-hibernating', name: 'Hibernating', color: '#94a3b8' },
};

const lifecycle: TemplateSpec = {
  kind: 'switch',
  id: 'lifecycle',
  label: 'Lifecycle stage',
  cases: [
    toSegment('new', 'New', { type: 'attribute', field: 'firstSeenAt', operator: 'within_last', value: { amount: 30, unit: 'days' } }, { key: 'lifecycle-new', name: 'New', color: '#22c55e' }),
    toSegment('active', 'Active', eventCount('page_view', lastDays(14), 'gte', 1), { key: 'lifecycle-active', name: 'Active', color: '#6366f1' }),
    toSegment('at-risk', 'At risk', eventCount('page_view', lastDays(60), 'gte', 1), { key: 'lifecycle-at-risk', name: 'At risk', color: '#f59e0b' }),
  ],
  otherwise: { kind: 'segment', id: 'seg-lapsed', key: 'lifecycle-lapsed', name: 'Lapsed', color: '#ef4444' },
};

const engaged = (id: string, device: string, color: [string, string]): TemplateSpec => ({
  kind: 'split',
  id: `engaged-${id}`,
  label: 'Engaged',
  condition: activeDays('page_view', lastDays(30), 2),
  yes: { kind: 'segment', id: `seg-${id}-engaged`, key: `${id}-engaged`, name: `${device}, engaged`, color: color[0] },
  no: { kind: 'segment', id: `seg-${id}-casual`, key: `${id}-casual`, name: `${device}, casual`, color: color[1] },
});

const deviceEngagement: TemplateSpec = {
  kind: 'split',
  id: 'device',
  label: 'Mobile',
  condition: contextIs('device', 'mobile'),
  yes: engaged('mobile', 'Mobile', ['#7c3aed', '#c4b5fd']),
  no: engaged('desktop', 'Desktop & tablet', ['#0891b2', '#a5f3fc']),
};

export const TREE_TEMPLATES: readonly TreeTemplate[] = [
  {
    key: 'rfm-tiers',
    name: 'RFM tiers',
    description: 'Champions, loyal, recent buyers, at risk, browsers and hibernating — from the recency, frequency and value of purchases.',
    build: () => buildDocument(rfm),
  },
  {
    key: 'lifecycle',
    name: 'Lifecycle: new / active / at risk / lapsed',
    description: 'Where each customer is in their life with you: first seen recently, visiting now, fading, or gone quiet.',
    build: () => buildDocument(lifecycle),
  },
  {
    key: 'device-engagement',
    name: 'Device × engagement',
    description: 'Mobile versus desktop and tablet, each split by how many days they visited in the last 30.',
    build: () => buildDocument(deviceEngagement),
  },
];

export const TEMPLATE_KEYS = TREE_TEMPLATES.map((t) => t.key);

export function findTemplate(key: string): TreeTemplate | undefined {
  return TREE_TEMPLATES.find((t) => t.key === key);
}
