import { describe, expect, it } from 'vitest';
import { flattenSegmentContext } from './segment-context';
import { normalizeSegmentMessage } from './segment-message';

const NOW = Date.parse('2024-06-01T00:00:00Z');

describe('normalizeSegmentMessage', () => {
  it('turns identify into a profile upsert, message traits over context.traits', () => {
    const result = normalizeSegmentMessage(
      { type: 'identify', userId: 'u1', traits: { plan: 'pro' }, context: { traits: { plan: 'free', age: 30 }, ip: '8.8.8.8' }, messageId: 'x', integrations: {} },
      undefined,
      NOW,
    );
    expect(result).toEqual({ ok: true, value: { kind: 'profile', value: { externalId: 'u1', traits: { plan: 'pro', age: 30 }, consent: {}, context: { ip: '8.8.8.8' } } } });
  });

  it('turns track into an event and maps the nested context', () => {
    const result = normalizeSegmentMessage(
      {
        type: 'track', anonymousId: 'anon-1', event: 'Order Completed', properties: { revenue: 20 },
        timestamp: '2024-05-01T10:00:00.250Z', messageId: 'm-1', sentAt: '2024-05-01T10:00:01Z',
        context: { campaign: { source: 'news', medium: 'email', name: 'spring' }, os: { name: 'iOS' }, device: { type: 'ios' }, library: { name: 'analytics.js' }, locale: 'fr-FR' },
      },
      { timezone: 'Europe/Paris', locale: 'en-US' },
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'event',
        value: {
          externalId: 'anon-1', name: 'Order Completed', timestamp: Date.parse('2024-05-01T10:00:00.250Z'), properties: { revenue: 20 }, messageId: 'm-1',
          context: { timezone: 'Europe/Paris', locale: 'fr-FR', utm_source: 'news', utm_medium: 'email', utm_campaign: 'spring', os: 'iOS' },
        },
      },
    });
  });

  it('turns page into page_view with page fields from context.page; explicit properties win', () => {
    const result = normalizeSegmentMessage(
      { type: 'page', userId: 42, name: 'Pricing', properties: { title: 'Our prices' }, context: { page: { url: 'https://x.test/pricing', path: '/pricing', title: 'Pricing | X', referrer: 'https://google.com/' } } },
      undefined,
      NOW,
    );
    expect(result.ok && result.value).toEqual({
      kind: 'event',
      value: {
        externalId: '42', name: 'page_view', timestamp: NOW, messageId: null,
        properties: { name: 'Pricing', url: 'https://x.test/pricing', path: '/pricing', title: 'Our prices', referrer: 'https://google.com/' },
        context: { referrer: 'https://google.com/' },
      },
    });
  });

  it.each([
    ['unsupported type', { type: 'group', userId: 'u1', groupId: 'g1' }, 'unsupported_type'],
    ['missing type', { userId: 'u1', event: 'e' }, 'missing_field'],
    ['no user', { type: 'track', event: 'e' }, 'missing_field'],
    ['track without event', { type: 'track', userId: 'u1' }, 'missing_field'],
    ['unknown field', { type: 'track', userId: 'u1', event: 'e', color: 'red' }, 'unknown_field'],
    ['local timestamp', { type: 'track', userId: 'u1', event: 'e', timestamp: '2024-05-01T10:00:00' }, 'invalid_timestamp'],
    ['huge property', { type: 'track', userId: 'u1', event: 'e', properties: { a: 'x'.repeat(9000) } }, 'value_too_long'],
    ['not an object', 7, 'invalid_record'],
  ])('rejects: %s', (_name, message, code) => {
    const result = normalizeSegmentMessage(message, undefined, NOW);
    expect(result.ok ? null : result.problem.code).toBe(code);
  });
});

describe('flattenSegmentContext', () => {
  it('keeps top-level scalars, maps known nested fields and drops the rest', () => {
    expect(
      flattenSegmentContext({ ip: '1.2.3.4', active: true, groupId: null, location: { country: 'DE', city: 'Berlin' }, device: { type: 'tablet' }, screen: { width: 5 }, timezone: 3 }),
    ).toEqual({ ip: '1.2.3.4', active: true, groupId: null, country: 'DE', city: 'Berlin', device: 'tablet' });
  });
});
