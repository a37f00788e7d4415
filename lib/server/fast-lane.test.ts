import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, toErrorReply } from '@/lib/api/errors';
import { registerFastLane, takeFastLane } from './fast-lane';

// A real node:http server that dispatches as scripts/serve.mjs does: the lane when it takes
// the request, else "Next" (here a handler that says so).

let server: Server;
let base: string;
const seen: { body: string; auth: string | null }[] = [];

beforeAll(async () => {
  registerFastLane(
    'POST',
    '/lane-test',
    async (req) => {
      try {
        const body = await req.readText(16);
        seen.push({ body, auth: req.headers.get('authorization') });
        if (body === 'fail') throw new Error('planted');
        if (body === 'empty') return { status: 204, headers: { 'x-route': 'yes' }, body: undefined };
        return { status: 201, headers: { 'x-route': 'yes' }, body: { got: body.length } };
      } catch (error) {
        if (error instanceof ApiError) return toErrorReply(error);
        throw error;
      }
    },
    16,
  );
  server = createServer((req, res) => {
    if (takeFastLane(req, res)) return;
    res.end('next');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the lean lane', () => {
  it('hands a keyed request to the handler with its headers and body, and sends its reply as JSON', async () => {
    const res = await fetch(`${base}/lane-test?x=1`, { method: 'POST', headers: { authorization: 'Bearer k1' }, body: 'hello' });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-route')).toBe('yes');
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('content-length')).toBe('9');
    expect(await res.json()).toEqual({ got: 5 });
    expect(seen.at(-1)).toEqual({ body: 'hello', auth: 'Bearer k1' });
  });

  it('sends a reply without a body as an empty one', async () => {
    const res = await fetch(`${base}/lane-test`, { method: 'POST', headers: { authorization: 'Bearer k1' }, body: 'empty' });
    expect(res.status).toBe(204);
    expect(res.headers.get('content-type')).toBeNull();
    expect(await res.text()).toBe('');
  });

  it('takes x-api-key callers too, and leaves callers without a key (sessions) and other methods to Next', async () => {
    expect((await fetch(`${base}/lane-test`, { method: 'POST', headers: { 'x-api-key': 'k' }, body: 'a' })).status).toBe(201);
    expect(await (await fetch(`${base}/lane-test`, { method: 'POST', body: 'a' })).text()).toBe('next');
    expect(await (await fetch(`${base}/lane-test`, { headers: { authorization: 'Bearer k' } })).text()).toBe('next');
  });

  it('refuses a body over the limit with the API’s 413, however long the rest is', async () => {
    const before = seen.length;
    for (const body of ['x'.repeat(17), 'x'.repeat(100_000)]) {
      const res = await fetch(`${base}/lane-test`, { method: 'POST', headers: { authorization: 'Bearer k' }, body });
      expect(res.status).toBe(413);
      expect((await res.json()).error.code).toBe('payload_too_large');
    }
    expect(seen.length).toBe(before);
  });

  it('answers the API error body when the handler itself throws', async () => {
    const res = await fetch(`${base}/lane-test`, { method: 'POST', headers: { authorization: 'Bearer k' }, body: 'fail' });
    expect(res.status).toBe(500);
    expect((await res.json()).error.code).toBe('internal_error');
  });
});
