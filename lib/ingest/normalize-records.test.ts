import { describe, expect, it } from 'vitest';
import { normalizeEvent, normalizeProfile } from './normalize-records';
import type { RejectCode } from './types';

const NOW = Date.parse('2024-06-01T00:00:00Z');
const long = (n: number) => 'x'.repeat(n);
const nest = (levels: number): Record<string, unknown> => (levels === 1 ? { leaf: 1 } : { n: nest(levels - 1) });

// [name, record, expected code or null when accepted]
const profileCases: [string, unknown, RejectCode | null][] = [
  ['minimal', { externalId: 'u1' }, null],
  ['everything', { externalId: 'u1', traits: { age: 31, tags: ['a'] }, consent: { marketing: false }, context: { city: 'Paris', screen: 1920 } }, null],
  ['null objects are absent', { externalId: 'u1', traits: null, consent: null, context: null }, null],
  ['externalId of 256 characters', { externalId: long(256) }, null],
  ['not an object', 'u1', 'invalid_record'],
  ['an array', [{ externalId: 'u1' }], 'invalid_record'],
  ['missing externalId', { traits: {} }, 'missing_field'],
  ['empty externalId', { externalId: '' }, 'invalid_value'],
  ['numeric externalId', { externalId: 42 }, 'invalid_type'],
  ['externalId of 257 characters', { externalId: long(257) }, 'value_too_long'],
  ['unknown field', { externalId: 'u1', email: 'a@b.c' }, 'unknown_field'],
  ['traits is an array', { externalId: 'u1', traits: [1] }, 'invalid_type'],
  ['traits is a string', { externalId: 'u1', traits: 'x' }, 'invalid_type'],
  ['consent not boolean', { externalId: 'u1', consent: { marketing: 'yes' } }, 'invalid_type'],
  ['unknown consent key', { externalId: 'u1', consent: { cookies: true } }, 'unknown_field'],
  ['known context key not a string', { externalId: 'u1', context: { country: 1 } }, 'invalid_type'],
  ['nested context', { externalId: 'u1', context: { page: { url: '/' } } }, 'invalid_type'],
  ['trait string of 8,192 characters', { externalId: 'u1', traits: { bio: long(8192) } }, null],
  ['trait string of 8,193 characters', { externalId: 'u1', traits: { bio: long(8193) } }, 'value_too_long'],
  ['long string deep in an array', { externalId: 'u1', traits: { a: [{ b: long(9000) }] } }, 'value_too_long'],
  ['long trait key', { externalId: 'u1', traits: { [long(9000)]: 1 } }, 'value_too_long'],
  ['context string too long', { externalId: 'u1', context: { referrer: long(8193) } }, 'value_too_long'],
  ['10 levels (traits itself is the first)', { externalId: 'u1', traits: nest(10) }, null],
  ['11 levels', { externalId: 'u1', traits: nest(11) }, 'too_deep'],
  ['NUL in a trait', { externalId: 'u1', traits: { a: 'x\u0000y' } }, 'invalid_value'],
  ['NUL in externalId', { externalId: 'u\u00001' }, 'invalid_value'],
  ['unpaired surrogate', { externalId: 'u1', traits: { a: '\ud800' } }, 'invalid_value'],
];

const eventCases: [string, unknown, RejectCode | null][] = [
  ['minimal', { externalId: 'u1', event: 'purchase' }, null],
  ['everything', { externalId: 'u1', event: 'purchase', timestamp: '2024-05-01T10:00:00+02:00', properties: { amount: 9.5 }, context: { os: 'iOS' }, messageId: 'm1' }, null],
  ['missing event', { externalId: 'u1' }, 'missing_field'],
  ['empty event', { externalId: 'u1', event: '' }, 'invalid_value'],
  ['event of 201 characters', { externalId: 'u1', event: long(201) }, 'value_too_long'],
  ['unknown field', { externalId: 'u1', event: 'e', name: 'e' }, 'unknown_field'],
  ['timestamp without offset', { externalId: 'u1', event: 'e', timestamp: '2024-05-01T10:00:00' }, 'invalid_timestamp'],
  ['date-only timestamp', { externalId: 'u1', event: 'e', timestamp: '2024-05-01' }, 'invalid_timestamp'],
  ['numeric timestamp', { externalId: 'u1', event: 'e', timestamp: 1714557600000 }, 'invalid_type'],
  ['messageId of 201 characters', { externalId: 'u1', event: 'e', messageId: long(201) }, 'value_too_long'],
  ['properties is an array', { externalId: 'u1', event: 'e', properties: [] }, 'invalid_type'],
  ['1 MB property', { externalId: 'u1', event: 'e', properties: { blob: long(1024 * 1024) } }, 'value_too_long'],
];

describe('normalizeProfile', () => {
  it.each(profileCases)('%s', (_name, record, expected) => {
    const result = normalizeProfile(record);
    expect(result.ok ? null : result.problem.code).toBe(expected);
    if (!result.ok) expect(result.problem.message.length).toBeGreaterThan(5);
  });

  it('fills absent objects with {} and keeps values as given', () => {
    const result = normalizeProfile({ externalId: ' Case ', traits: { age: 31 } });
    expect(result).toEqual({ ok: true, value: { externalId: ' Case ', traits: { age: 31 }, consent: {}, context: {} } });
  });

  it('names the field in the message', () => {
    const result = normalizeProfile({ externalId: 'u1', bogus: 1, other: 2 });
    expect(!result.ok && result.problem.message).toBe('unknown fields: "bogus", "other"');
    const typed = normalizeProfile({ externalId: 7 });
    expect(!typed.ok && typed.problem.message).toBe('externalId: expected string, got number');
  });
});

describe('normalizeEvent', () => {
  it.each(eventCases)('%s', (_name, record, expected) => {
    const result = normalizeEvent(record, NOW);
    expect(result.ok ? null : result.problem.code).toBe(expected);
  });

  it('uses the time of receipt when there is no timestamp and keeps milliseconds', () => {
    const absent = normalizeEvent({ externalId: 'u1', event: 'e' }, NOW);
    expect(absent.ok && absent.value.timestamp).toBe(NOW);
    const given = normalizeEvent({ externalId: 'u1', event: 'e', timestamp: '2024-05-01T10:00:00.007+02:00', messageId: null }, NOW);
    expect(given.ok && given.value).toMatchObject({ timestamp: Date.parse('2024-05-01T08:00:00.007Z'), messageId: null });
  });

  it('explains a timestamp without offset', () => {
    const result = normalizeEvent({ externalId: 'u1', event: 'e', timestamp: '2024-05-01T10:00:00' }, NOW);
    expect(!result.ok && result.problem.message).toMatch(/^timestamp: .*no time zone offset/);
  });
});
