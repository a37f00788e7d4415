import type { Page } from '@playwright/test';

// Runs in the browser: types a number into the selected split's condition — the "To" input of
// the ConditionEditor's between operator (the native value setter, then the input event React
// listens to, as typing does) — and resolves with
// the milliseconds from that input event to the DOM update that shows the new counts — the
// watched node's count changed and the status says the counts are those of this draft.
// Plain JavaScript in a string: tsx would add helpers (__name) to a serialised function.
const SCRIPT = `
var FIELD = '[data-testid="inspector"] input[aria-label="To"]';
window.__benchSetCondition = function (text) {
  var field = document.querySelector(FIELD);
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(field, text);
  field.dispatchEvent(new Event('input', { bubbles: true }));
};
window.__benchTimeEdit = function (watchNodeId, text) {
  return new Promise(function (resolve, reject) {
    var field = document.querySelector(FIELD);
    var count = document.querySelector('[data-testid="node-' + watchNodeId + '"] [data-testid="node-count"]');
    var editor = document.querySelector('[data-testid="tree-editor"]');
    if (!field || !count || !editor) return reject(new Error('editor not ready'));
    var before = count.getAttribute('data-count');
    var started = 0;
    var observer = new MutationObserver(function () {
      var status = document.querySelector('[data-testid="count-status"]');
      if (status && status.getAttribute('data-state') === 'fresh' && count.getAttribute('data-count') !== before) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now() - started);
      }
    });
    observer.observe(editor, { subtree: true, attributes: true, attributeFilter: ['data-count', 'data-state'] });
    var timer = setTimeout(function () {
      observer.disconnect();
      reject(new Error('no new counts within 60 s'));
    }, 60000);
    started = performance.now();
    window.__benchSetCondition(text);
  });
};
`;

export async function installMeasurement(page: Page): Promise<void> {
  await page.evaluate(SCRIPT);
}

/** Types `upper` as the age range's upper bound and times it until the new counts show. */
export function timeEdit(page: Page, watchNodeId: string, upper: number): Promise<number> {
  return page.evaluate(`window.__benchTimeEdit(${JSON.stringify(watchNodeId)}, ${JSON.stringify(String(upper))})`) as Promise<number>;
}

/** An edit without waiting for its counts (the first keystrokes of a burst). */
export async function setCondition(page: Page, upper: number): Promise<void> {
  await page.evaluate(`window.__benchSetCondition(${JSON.stringify(String(upper))})`);
}
