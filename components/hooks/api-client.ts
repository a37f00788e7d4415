// The browser side of the API's one error body: {"error":{"code","message","issues"?}}.
export interface ClientIssue {
  path: (string | number)[];
  message: string;
}

export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ClientIssue[] = [],
  ) {
    super(message);
  }

  /** Issues keyed by their first path element, for showing next to form fields. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const issue of this.issues) {
      const key = String(issue.path[0] ?? '');
      out[key] ??= issue.message;
    }
    return out;
  }
}

/** fetch with the session cookie, JSON in and out; non-2xx throws ApiClientError with the server's message. */
export async function apiFetch<T>(url: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers: init.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: 'same-origin',
    signal: init.signal,
  });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's HTML error page: fall through to the generic message.
  }
  if (!res.ok) {
    const error = (body as { error?: { code?: string; message?: string; issues?: ClientIssue[] } } | null)?.error;
    throw new ApiClientError(res.status, error?.code ?? 'http_error', error?.message ?? `Request failed (${res.status}).`, error?.issues);
  }
  return body as T;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}
