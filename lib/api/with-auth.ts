import 'server-only';
import { callerAllows, resolveCaller, type Caller } from '@/lib/auth/caller';
import type { Permission } from '@/lib/auth/roles';
import { ApiError, toErrorResponse } from './errors';
import type { ApiRequest } from './reply';

export interface HandlerContext<P> {
  req: Request;
  params: P;
  caller: Caller;
  workspaceId: string;
}

type RouteContext<P> = { params: Promise<P> };

/** The caller (API key or session) if it may do `permission`; else unauthorized / forbidden. */
export async function authorizedCaller(req: Pick<ApiRequest, 'headers'>, permission: Permission): Promise<Caller> {
  const caller = await resolveCaller(req);
  if (!callerAllows(caller, permission)) {
    const who = caller.kind === 'user' ? `Your role (${caller.role})` : 'This API key';
    throw new ApiError('forbidden', `${who} does not allow "${permission}".`);
  }
  return caller;
}

/**
 * Wraps a route handler: resolves the caller (API key or session), checks the one
 * permission the route needs, scopes it to the caller's workspace, and maps every error to
 * the API's error body. Handlers never need their own try/catch.
 */
export function withAuth<P = Record<string, never>>(
  handler: (ctx: HandlerContext<P>) => Promise<Response>,
  options: { permission: Permission },
) {
  return async (req: Request, route: RouteContext<P>): Promise<Response> => {
    try {
      const caller = await authorizedCaller(req, options.permission);
      const params = route?.params ? await route.params : ({} as P);
      return await handler({ req, params, caller, workspaceId: caller.workspaceId });
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** For routes that need no caller (sign-up, health): the same error mapping. */
export function withErrors<P = Record<string, never>>(handler: (req: Request, params: P) => Promise<Response>) {
  return async (req: Request, route: RouteContext<P>): Promise<Response> => {
    try {
      return await handler(req, route?.params ? await route.params : ({} as P));
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}
