import type { ZodType } from 'zod';
import type { Permission } from '@/lib/auth/roles';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One API route as documented and as tested: the OpenAPI document is built from this list,
 * and the route-matrix e2e test checks that every route file under app/api/v1 appears here
 * and enforces its permission and workspace scoping.
 */
export interface RouteSpec {
  method: HttpMethod;
  /** OpenAPI-style path, e.g. /api/v1/profiles/{externalId} */
  path: string;
  summary: string;
  tag: string;
  /** null: public (no caller needed). */
  permission: Permission | null;
  /** `session`: only a signed-in user may call it (API keys get 403). */
  callers?: 'any' | 'session';
  body?: { contentType: 'application/json' | 'text/csv'; schema?: ZodType; description?: string };
  query?: ZodType;
  response?: { status: number; schema?: ZodType; description: string };
  errors?: number[];
}
