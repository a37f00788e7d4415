import { describe, expect, it } from 'vitest';
import { applyEventToSeen, dropRepeatedMessageIds, freshSeenState, mergeProfileWrites } from './profile-merge';
import type { EventWrite } from './types';

const event = (timestamp: number, context: Record<string, unknown> = {}, messageId: string | null = null): EventWrite => ({
  externalId: 'u1', name: 'e', timestamp, properties: {}, context, messageId,
});

describe('mergeProfileWrites', () => {
  it('folds repeats of one externalId in order, top-level keys only', () => {
    const merged = mergeProfileWrites([
      { externalId: 'u1', traits: { a: 1, address: { city: 'Paris', zip: '1' } }, consent: { marketing: true }, context: {} },
      { externalId: 'u2', traits: { b: 1 }, consent: {}, context: {} },
      { externalId: 'u1', traits: { a: 2, address: { city: 'Lyon' } }, consent: { analytics: false }, context: { os: 'iOS' } },
    ]);
    expect(merged).toEqual([
      { externalId: 'u1', traits: { a: 2, address: { city: 'Lyon' } }, consent: { marketing: true, analytics: false }, context: { os: 'iOS' } },
      { externalId: 'u2', traits: { b: 1 }, consent: {}, context: {} },
    ]);
  });

  it('stores a "__proto__" key as data', () => {
    const [merged] = mergeProfileWrites([
      { externalId: 'u1', traits: {}, consent: {}, context: {} },
      { externalId: 'u1', traits: JSON.parse('{"__proto__":{"x":1}}'), consent: {}, context: {} },
    ]);
    expect(JSON.stringify(merged.traits)).toBe('{"__proto__":{"x":1}}');
    expect((merged.traits as { x?: number }).x).toBeUndefined();
  });
});

describe('applyEventToSeen', () => {
  it('widens the window and takes context only from events at least as new as the latest', () => {
    const seen = freshSeenState();
    expect(applyEventToSeen(seen, event(100, { city: 'Paris', os: 'iOS' }))).toBe(true);
    expect(applyEventToSeen(seen, event(50, { city: 'Old' }))).toBe(true);
    expect(seen).toEqual({ firstSeenAt: 50, lastSeenAt: 100, context: { city: 'Paris', os: 'iOS' } });
    expect(applyEventToSeen(seen, event(100, { city: 'Lyon' }))).toBe(true);
    expect(seen.context).toEqual({ city: 'Lyon', os: 'iOS' });
    expect(applyEventToSeen(seen, event(70))).toBe(false);
  });
});

describe('dropRepeatedMessageIds', () => {
  it('keeps the first of each messageId and every event without one', () => {
    const { kept, repeats } = dropRepeatedMessageIds([event(1, {}, 'a'), event(2), event(3, {}, 'a'), event(4), event(5, {}, 'b')]);
    expect(kept.map((e) => e.timestamp)).toEqual([1, 2, 4, 5]);
    expect(repeats).toBe(1);
  });
});
