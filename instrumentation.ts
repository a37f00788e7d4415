// Next calls register() once per server process at start. The audience indexes are built
// there (Node.js runtime only; never during `next build`), in the background.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startIndexesAtBoot } = await import('./lib/audience-index/start-at-boot');
  startIndexesAtBoot();
}
