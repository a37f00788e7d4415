import { ZodError } from 'zod';
import { type Reply, replyResponse } from './reply';

// One error body everywhere: {"error":{"code","message","issues"?}}.
export type ErrorCode =
  | 'malformed_json'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'validation_failed'
  | 'rate_limited'
  | 'internal_error';

const STATUS: Record<ErrorCode, number> = {
  malformed_json: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
  internal_error: 500,
};

export interface ApiIssue {
  path: (string | number)[];
  message: string;
  code?: string;
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
  get status() {
    return STATUS[this.code];
  }
}

export function zodIssues(error: ZodError): ApiIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: i.message,
    code: i.code,
  }));
}

export function errorReply(code: ErrorCode, message: string, issues?: ApiIssue[], headers?: Record<string, string>): Reply {
  return { status: STATUS[code], headers: { ...headers }, body: { error: { code, message, ...(issues ? { issues } : {}) } } };
}

/**
 * The client went away while its request body was being read (a live preview cancels the
 * request it no longer needs). Nobody is left to answer, and nothing went wrong here.
 */
export class ClientClosedRequest extends Error {
  constructor() {
    super('The client closed the request.');
  }
}

/** 499, nginx's "client closed request": only logs and tests ever see it. */
const CLIENT_CLOSED_STATUS = 499;

interface PrismaLikeError {
  code?: unknown;
  name?: unknown;
}

/** Maps anything thrown by a handler to the API's error body; unknown errors stay opaque. */
export function toErrorReply(error: unknown): Reply {
  if (error instanceof ApiError) return errorReply(error.code, error.message, error.issues, error.headers);
  if (error instanceof ClientClosedRequest) return { status: CLIENT_CLOSED_STATUS, headers: {}, body: undefined };
  if (error instanceof ZodError) return errorReply('validation_failed', 'The request failed validation.', zodIssues(error));
  const code = (error as PrismaLikeError)?.code;
  if (code === 'P2025') return errorReply('not_found', 'Not found.');
  if (code === 'P2002') return errorReply('conflict', 'A record with that unique value already exists.');
  console.error('[api] unhandled error', error);
  return errorReply('internal_error', 'Something went wrong on our side. It has been logged.');
}

export function toErrorResponse(error: unknown): Response {
  return replyResponse(toErrorReply(error));
}
