import { describe, expect, it } from 'vitest';
import { converts, parseLift, tallyArms, trueRate } from './simulation';

describe('simulation truth', () => {
  it('parses one lift for every variant, or one per arm', () => {
    expect(parseLift('0.25')).toEqual({ others: 0.25, byArm: new Map() });
    expect(parseLift('bold=0.3, calm=-0.1')).toEqual({ others: 0, byArm: new Map([['bold', 0.3], ['calm', -0.1]]) });
    for (const bad of ['', 'x', 'bold', 'bold=1=2', '-1.5', 'bold=abc']) expect(() => parseLift(bad), bad).toThrow(/--lift/);
  });

  it('gives the control the baseline and caps a variant at 1', () => {
    const lift = parseLift('bold=0.5');
    expect(trueRate('control', 'control', 0.1, lift)).toBe(0.1);
    expect(trueRate('bold', 'control', 0.1, lift)).toBeCloseTo(0.15, 12);
    expect(trueRate('calm', 'control', 0.1, lift)).toBe(0.1);
    expect(trueRate('bold', 'control', 0.8, lift)).toBe(1);
  });

  it('draws conversions by (seed, user), at the given rate', () => {
    const draws = (seed: number) => Array.from({ length: 20_000 }, (_, i) => converts(seed, i, 0.2));
    const a = draws(7);
    expect(draws(7)).toEqual(a);
    expect(draws(8)).not.toEqual(a);
    const rate = a.filter(Boolean).length / a.length;
    expect(Math.abs(rate - 0.2)).toBeLessThan(4 * Math.sqrt((0.2 * 0.8) / a.length));
  });

  it('tallies users and converters per arm in the experiment’s order', () => {
    const outcomes = [
      { arm: 'bold', converted: true, rate: 0.2 },
      { arm: 'control', converted: false, rate: 0.1 },
      { arm: 'bold', converted: false, rate: 0.2 },
    ];
    expect(tallyArms(['control', 'bold'], outcomes)).toEqual([
      { arm: 'control', trueRate: 0.1, users: 1, converters: 0 },
      { arm: 'bold', trueRate: 0.2, users: 2, converters: 1 },
    ]);
  });
});
