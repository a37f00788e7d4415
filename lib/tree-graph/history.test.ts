import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, commit, createHistory, HISTORY_LIMIT, record, redo, replace, undo } from './history';

describe('history', () => {
  it('undoes and redoes recorded values; a new edit drops the redo stack', () => {
    let h = createHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    expect(canRedo(h)).toBe(true);
    h = redo(h);
    expect(h.present).toBe('c');
    h = undo(undo(h));
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = record(redo(h), 'x');
    expect(h.present).toBe('x');
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe('b');
  });

  it('coalesces edits of one group within a second, not across groups or after a pause', () => {
    let h = createHistory('');
    h = record(h, 'V', { group: 'name', now: 0 });
    h = record(h, 'VI', { group: 'name', now: 300 });
    h = record(h, 'VIP', { group: 'name', now: 900 });
    expect(undo(h).present).toBe('');
    h = record(h, 'VIP!', { group: 'name', now: 5000 });
    expect(undo(h).present).toBe('VIP');
    h = record(h, 'other', { group: 'key', now: 5100 });
    expect(undo(h).present).toBe('VIP!');
  });

  it('a drag is one step: replace while moving, commit at the end; a click adds nothing', () => {
    let h = record(createHistory('start'), 'before-drag');
    const origin = h.present;
    h = replace(h, 'moving-1');
    h = replace(h, 'moving-2');
    h = commit(h, origin);
    expect(h.present).toBe('moving-2');
    expect(undo(h).present).toBe('before-drag');
    expect(commit(h, h.present)).toBe(h);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let h = createHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 20; i++) h = record(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(20);
  });
});
