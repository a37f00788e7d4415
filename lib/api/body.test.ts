import { afterEach, describe, expect, it, vi } from 'vitest';
import { readJson } from './body';
import { ClientClosedRequest, toErrorResponse } from './errors';

/** A JSON request whose body stream fails after its first chunk, as when the client hangs up. */
function requestFailingWith(error: Error, signal?: AbortSignal): Request {
  let sent = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(new TextEncoder().encode('{"tree":'));
      } else controller.error(error);
    },
  });
  return new Request('http://test/api/v1/preview', { method: 'POST', body, headers: { 'content-type': 'application/json' }, duplex: 'half', signal } as RequestInit);
}

describe('a client that closes the request mid-body', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is a quiet 499, not a logged internal error', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = await readJson(requestFailingWith(new Error('aborted'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientClosedRequest);
    expect(toErrorResponse(error).status).toBe(499);
    expect(log).not.toHaveBeenCalled();
  });

  it('is recognised by the request signal too, whatever the stream error says', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await readJson(requestFailingWith(new Error('socket hang up'), controller.signal)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientClosedRequest);
  });

  it('leaves other stream failures to the unhandled-error path', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = await readJson(requestFailingWith(new Error('disk on fire'))).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ClientClosedRequest);
    expect(toErrorResponse(error).status).toBe(500);
    expect(log).toHaveBeenCalledOnce();
  });
});
