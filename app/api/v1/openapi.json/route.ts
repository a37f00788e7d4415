// GET /api/v1/openapi.json — the public API contract, generated from the routes' zod schemas
import { buildOpenApiDocument } from '@/lib/api/openapi/build-document';
import { API_ROUTES } from '@/lib/api/openapi/routes';
import { withErrors } from '@/lib/api/with-auth';

let cached: object | undefined;

export const GET = withErrors(async (req) => {
  cached ??= buildOpenApiDocument(API_ROUTES, new URL(req.url).origin);
  return Response.json(cached, { headers: { 'cache-control': 'public, max-age=300' } });
});
