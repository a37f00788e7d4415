// Entry of a counting thread (count-pool.ts): registers the TypeScript loader inside the
// worker itself — one registered in the parent does not reach worker threads on Node 20 —
// then runs the worker proper.
import { register } from 'tsx/esm/api';

register();
await import('./count-worker.ts');
