// Next calls register() once per server process at start (Node.js runtime only; never
// during `next build`). The audience indexes are built there, in the background, and the
// production server's lean lane for evaluation is registered (lib/server/fast-lane.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startIndexesAtBoot } = await import('./lib/audience-index/start-at-boot');
  startIndexesAtBoot();
  const [{ registerFastLane }, { evaluateReply }, { EVALUATE_MAX_BODY_BYTES }] = await Promise.all([
    import('./lib/server/fast-lane'),
    import('./lib/evaluate/evaluate-reply'),
    import('./lib/validations/evaluate'),
  ]);
  registerFastLane('POST', '/api/v1/evaluate', evaluateReply, EVALUATE_MAX_BODY_BYTES);
}
