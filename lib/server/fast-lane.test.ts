import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerFastLane, takeFastLane } from './fast-lane';

// A real node:http server that dispatches as scripts/serve.mjs does: the lane when it takes
// the request, else "Next" (here a handler that says so).

let server: Server;
let base: string;
const seen: { url: string; body: string; auth: string | null }[] = [];

beforeAll(async () => {
  registerFastLane(
    'POST',
    '/lane-test',
    async (req) => {
      const body = await req.text();
      seen.push({ url: req.url, body, auth: req.headers.get('authorization') });
      if (body === 'fail') throw new Error('planted');
      return Response.json({ got: body.length }, { status: 201, headers: { 'x-route': 'yes' } });
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
  it('hands a keyed request to the route with its URL, headers and body, and sends back status, headers and body', async () => {
    const res = await fetch(`${base}/lane-test?x=1`, { method: 'POST', headers: { authorization: 'Bearer k1' }, body: 'hello' });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-route')).toBe('yes');
    expect(await res.json()).toEqual({ got: 5 });
    expect(seen.at(-1)).toMatchObject({ url: expect.stringMatching(/\/lane-test\?x=1$/), body: 'hello', auth: 'Bearer k1' });
  });

  it('takes x-api-key callers too, and leaves callers without a key (sessions) and other methods to Next', async () => {
    expect((await fetch(`${base}/lane-test`, { method: 'POST', headers: { 'x-api-key': 'k' }, body: 'a' })).status).toBe(201);
    expect(await (await fetch(`${base}/lane-test`, { method: 'POST', body: 'a' })).text()).toBe('next');
    expect(await (await fetch(`${base}/lane-test`, { headers: { authorization: 'Bearer k' } })).text()).toBe('next');
  });

  it('passes at most one byte over the limit, so the route answers its own 413', async () => {
    await fetch(`${base}/lane-test`, { method: 'POST', headers: { authorization: 'Bearer k' }, body: 'x'.repeat(100) });
    expect(seen.at(-1)!.body).toHaveLength(17);
  });

  it('answers the API error body when the route itself throws', async () => {
    const res = await fetch(`${base}/lane-test`, { method: 'POST', headers: { authorization: 'Bearer k' }, body: 'fail' });
    expect(res.status).toBe(500);
    expect((await res.json()).error.code).toBe('internal_error');
  });
});
