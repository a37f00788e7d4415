import { describe, expect, it } from 'vitest';
import { actionOf, SHORTCUTS } from './shortcuts';

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) =>
  actionOf({ key, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, shiftKey: !!mods.shift, altKey: !!mods.alt });

describe('actionOf', () => {
  it.each([
    ['Delete', {}, 'delete'],
    ['Backspace', {}, 'delete'],
    ['z', { ctrl: true }, 'undo'],
    ['z', { meta: true }, 'undo'],
    ['Z', { ctrl: true, shift: true }, 'redo'],
    ['y', { ctrl: true }, 'redo'],
    ['c', { ctrl: true }, 'copy'],
    ['v', { meta: true }, 'paste'],
    ['d', { ctrl: true }, 'duplicate'],
    ['a', { ctrl: true }, 'selectAll'],
    ['Escape', {}, 'deselect'],
    ['f', {}, 'fit'],
    ['F', {}, 'fit'],
    ['l', {}, 'layout'],
    ['?', { shift: true }, 'help'],
    ['L', { shift: true }, undefined],
    ['z', {}, undefined],
    ['x', { ctrl: true }, undefined],
    ['z', { ctrl: true, alt: true }, undefined],
  ] as const)('%s %o → %s', (key, mods, action) => expect(press(key, mods)).toBe(action));

  it('every action in the help table has a key that triggers it', () => {
    const reachable = new Set(['Delete', 'Escape', 'f', 'l', '?'].map((k) => press(k)));
    for (const k of ['z', 'c', 'v', 'd', 'a', 'y']) reachable.add(press(k, { ctrl: true }));
    reachable.add(press('z', { ctrl: true, shift: true }));
    expect(SHORTCUTS.map((s) => s.action).filter((a) => !reachable.has(a))).toEqual([]);
  });
});
