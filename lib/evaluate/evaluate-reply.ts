import 'server-only';
import { readJsonFrom } from '@/lib/api/body';
import { toErrorReply } from '@/lib/api/errors';
import type { ApiRequest, Reply } from '@/lib/api/reply';
import { authorizedCaller } from '@/lib/api/with-auth';
import { EVALUATE_MAX_BODY_BYTES, evaluateRequestSchema } from '@/lib/validations/evaluate';
import { assertSiteOrigin, withSiteCorsReply } from './browser/site-cors';
import { evaluateVisitor } from './evaluate';
import { experimentAssigner } from './experiment-assigner';
import { takeRateLimit } from './rate-limit';
import { workspaceState } from './workspace-state';

/**
 * POST /api/v1/evaluate, whichever server received it: the route handler (through Next) and
 * the production server's lean lane both answer with this, so authentication, scopes, rate
 * limit, site origins, validation, CORS and error bodies are one code path.
 */
export async function evaluateReply(req: ApiRequest): Promise<Reply> {
  let reply: Reply;
  try {
    const caller = await authorizedCaller(req, 'evaluate');
    const rateHeaders = takeRateLimit(caller);
    const state = await workspaceState(caller.workspaceId);
    assertSiteOrigin(req, state.siteOrigins);
    const request = evaluateRequestSchema.parse(await readJsonFrom(req, EVALUATE_MAX_BODY_BYTES));
    const result = await evaluateVisitor(caller.workspaceId, state, request, experimentAssigner(state));
    reply = { status: 200, headers: { ...rateHeaders, 'Cache-Control': 'no-store' }, body: result };
  } catch (error) {
    reply = toErrorReply(error);
  }
  return withSiteCorsReply(req, reply);
}
