import { bundleCountWorker } from '@/scripts/count-worker-bundle.mjs';

// For vitest and tsx scripts, where the sources run unbundled: the counting thread's
// script made from the current sources, once per process (about 0.2 s).
let script: Promise<string> | undefined;

export function workerScript(): Promise<string> {
  return (script ??= bundleCountWorker());
}
