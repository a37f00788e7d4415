// POST /api/v1/evaluate — the visitor's segment in every published tree and the rendered variant per slot
// OPTIONS /api/v1/evaluate — CORS preflight for the workspace's site origins (answered before auth)
// The production server usually answers POST on its lean lane (lib/server/fast-lane.ts) with
// the same evaluateReply; this handler serves signed-in users and `next start`/`next dev`.
import { apiRequest } from '@/lib/api/body';
import { replyResponse } from '@/lib/api/reply';
import { sitePreflight } from '@/lib/evaluate/browser/site-cors';
import { evaluateReply } from '@/lib/evaluate/evaluate-reply';

export const OPTIONS = sitePreflight('POST');

export async function POST(req: Request): Promise<Response> {
  return replyResponse(await evaluateReply(apiRequest(req)));
}
