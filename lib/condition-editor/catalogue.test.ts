import { describe, expect, it } from 'vitest';
import { buildCatalogue, eventProperties } from './catalogue';
import { attributeSpec, contextSpec, propertySpec, scoreSpec } from './field-spec';
import { EMPTY_SCHEMA, TEST_SCHEMA } from './test-schema';

describe('buildCatalogue', () => {
  const catalogue = buildCatalogue(TEST_SCHEMA);

  it('lists built-ins first, then traits by presence, with labels, badges and top values', () => {
    expect(catalogue.attributes.map((o) => [o.value, o.label, o.group, o.badge])).toEqual([
      ['email', 'Email', 'Built-in', 'string'],
      ['externalId', 'External ID', 'Built-in', 'string'],
      ['firstSeenAt', 'First seen', 'Built-in', 'date'],
      ['lastSeenAt', 'Last seen', 'Built-in', 'date'],
      ['traits.plan', 'Plan', 'Traits', 'string'],
      ['traits.age', 'Age', 'Traits', 'mixed'],
      ['traits.signedUpAt', 'Signed up at', 'Traits', 'date'],
      ['traits.newsletter', 'Newsletter', 'Traits', 'boolean'],
      ['traits.tags', 'Tags', 'Traits', 'array'],
      ['traits.address', 'Address', 'Traits', 'object'],
      ['traits.address.country', 'Address country', 'Traits', 'string'],
    ]);
    // email is traits.email: it carries that trait's sample instead of being listed twice.
    expect(catalogue.attributes[0]).toMatchObject({ present: 70, topValues: [{ value: 'a@example.com', count: 1 }] });
    expect(catalogue.attributes.find((o) => o.value === 'traits.age')!.types).toEqual(['number', 'string']);
  });

  it('lists every context and score field, with samples where there are some', () => {
    expect(catalogue.context).toHaveLength(13);
    expect(catalogue.context.find((o) => o.value === 'device')).toMatchObject({ badge: 'string', present: 90 });
    expect(catalogue.context.find((o) => o.value === 'local_hour')).toMatchObject({ badge: 'integer', present: undefined });
    expect(catalogue.context.find((o) => o.value === 'day_of_week')!.badge).toBe('list');
    expect(catalogue.scores.map((o) => [o.value, o.badge])).toEqual([
      ['rfm_recency', 'integer'], ['rfm_frequency', 'integer'], ['rfm_monetary', 'integer'], ['rfm_label', 'list'], ['engagement', 'number'],
    ]);
  });

  it('lists events with their properties and types', () => {
    expect(catalogue.events.map((e) => [e.name, e.sampled])).toEqual([['product_view', 300], ['purchase', 200]]);
    expect(eventProperties(catalogue, 'purchase').map((p) => [p.value, p.label, p.badge])).toEqual([['properties.amount', 'Amount', 'mixed']]);
    expect(eventProperties(catalogue, 'nope')).toEqual([]);
  });

  it('copes with an empty workspace', () => {
    const empty = buildCatalogue(EMPTY_SCHEMA);
    expect(empty.attributes.map((o) => o.value)).toEqual(['email', 'externalId', 'firstSeenAt', 'lastSeenAt']);
    expect(empty.events).toEqual([]);
  });
});

describe('field specs', () => {
  const catalogue = buildCatalogue(TEST_SCHEMA);

  it('closed fields take the schema operators and bounds', () => {
    expect(attributeSpec('firstSeenAt', catalogue).operators).toEqual(['before', 'after', 'within_last', 'not_within_last', 'is_set', 'is_not_set']);
    expect(contextSpec('local_hour', catalogue)).toMatchObject({ integer: { min: 0, max: 23 }, closed: true });
    expect(contextSpec('day_of_week', catalogue).operators).toEqual(['eq', 'neq', 'in', 'not_in', 'is_set', 'is_not_set']);
    expect(scoreSpec('rfm_label').enumValues).toContain('champions');
    expect(scoreSpec('rfm_recency').integer).toEqual({ min: 1, max: 5 });
    expect(contextSpec('device', catalogue).suggestions).toEqual(['mobile', 'desktop']);
  });

  it('open fields follow the types seen; unseen ones offer everything', () => {
    expect(attributeSpec('traits.plan', catalogue)).toMatchObject({ types: ['string'], suggestions: ['free', 'pro'], closed: false });
    expect(attributeSpec('traits.unseen', catalogue)).toMatchObject({ label: 'Unseen', types: [] });
    expect(attributeSpec('traits.unseen', catalogue).operators).toHaveLength(24);
    expect(propertySpec('purchase', 'properties.amount', catalogue).types).toEqual(['number', 'string']);
    expect(propertySpec('purchase', 'properties.nope', catalogue).types).toEqual([]);
  });
});
