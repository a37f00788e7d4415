import type { Page } from '@playwright/test';

// Runs in the browser: sets the split's condition in the editor's condition field (as typing
// does: the native value setter, then an input event React listens to), and resolves with
// the milliseconds from that input event to the DOM update that shows the new counts — the
// watched node's count changed and the status says the counts are those of this draft.
export async function timeEdit(page: Page, watchNodeId: string, conditionJson: string): Promise<number> {
  return page.evaluate(
    ({ watchNodeId, conditionJson }) =>
      new Promise<number>((resolve, reject) => {
        const field = document.querySelector<HTMLTextAreaElement>('[data-testid="condition-json"]');
        const count = document.querySelector(`[data-testid="node-${watchNodeId}"] [data-testid="node-count"]`);
        const status = document.querySelector('[data-testid="tree-editor"]');
        if (!field || !count || !status) return reject(new Error('editor not ready'));
        const before = count.getAttribute('data-count');
        let started = 0;
        const done = () => {
          const fresh = document.querySelector('[data-testid="count-status"]')?.getAttribute('data-state') === 'fresh';
          if (fresh && count.getAttribute('data-count') !== before) {
            observer.disconnect();
            clearTimeout(timer);
            resolve(performance.now() - started);
          }
        };
        const observer = new MutationObserver(done);
        observer.observe(status, { subtree: true, attributes: true, attributeFilter: ['data-count', 'data-state'] });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error('no new counts within 30 s'));
        }, 30_000);
        const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
        setValue.call(field, conditionJson);
        started = performance.now();
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { watchNodeId, conditionJson },
  );
}
