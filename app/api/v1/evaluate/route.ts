// POST /api/v1/evaluate — the visitor's segment in every published tree and the rendered variant per slot
// OPTIONS /api/v1/evaluate — CORS preflight for the workspace's site origins (answered before auth)
import { readJson } from '@/lib/api/body';
import { withAuth } from '@/lib/api/with-auth';
import { assertSiteOrigin, sitePreflight, withSiteCors } from '@/lib/evaluate/browser/site-cors';
import { evaluateVisitor } from '@/lib/evaluate/evaluate';
import { experimentAssigner } from '@/lib/evaluate/experiment-assigner';
import { takeRateLimit } from '@/lib/evaluate/rate-limit';
import { workspaceState } from '@/lib/evaluate/workspace-state';
import { EVALUATE_MAX_BODY_BYTES, evaluateRequestSchema } from '@/lib/validations/evaluate';

export const OPTIONS = sitePreflight('POST');

export const POST = withSiteCors(
  withAuth(
    async ({ req, caller, workspaceId }) => {
      const rateHeaders = takeRateLimit(caller);
      const state = await workspaceState(workspaceId);
      assertSiteOrigin(req, state.siteOrigins);
      const request = evaluateRequestSchema.parse(await readJson(req, EVALUATE_MAX_BODY_BYTES));
      const result = await evaluateVisitor(workspaceId, state, request, experimentAssigner(state));
      return Response.json(result, { headers: { ...rateHeaders, 'Cache-Control': 'no-store' } });
    },
    { permission: 'evaluate' },
  ),
);
