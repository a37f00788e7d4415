import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api/errors';
import { ndjsonResponse, wantsNdjson } from './ndjson-response';

const lines = async (res: Response) => (await res.text()).trim().split('\n').map((l) => JSON.parse(l));

describe('ndjsonResponse', () => {
  it('streams one JSON object per line', async () => {
    const res = ndjsonResponse(async (send) => {
      send({ type: 'progress', rows: 1 });
      await new Promise((r) => setTimeout(r, 5));
      send({ type: 'result', rows: 2 });
    });
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    expect(await lines(res)).toEqual([{ type: 'progress', rows: 1 }, { type: 'result', rows: 2 }]);
  });

  it('ends with an error line when the work fails; unknown errors stay opaque', async () => {
    const known = ndjsonResponse(async (send) => {
      send({ type: 'progress' });
      throw new ApiError('conflict', 'Already importing.');
    });
    expect(await lines(known)).toEqual([{ type: 'progress' }, { type: 'error', error: { code: 'conflict', message: 'Already importing.' } }]);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const unknown = ndjsonResponse(async () => {
      throw new Error('disk on fire at /var/secret');
    });
    expect(await lines(unknown)).toEqual([{ type: 'error', error: { code: 'internal_error', message: expect.not.stringContaining('secret') } }]);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it('keeps working when the client goes away', async () => {
    let finished = false;
    const res = ndjsonResponse(async (send) => {
      await new Promise((r) => setTimeout(r, 5));
      send({ type: 'progress' });
      finished = true;
    });
    await res.body!.cancel();
    await new Promise((r) => setTimeout(r, 20));
    expect(finished).toBe(true);
  });
});

describe('wantsNdjson', () => {
  it('reads the Accept header', () => {
    expect(wantsNdjson(new Request('http://x', { headers: { accept: 'application/x-ndjson' } }))).toBe(true);
    expect(wantsNdjson(new Request('http://x', { headers: { accept: 'application/json' } }))).toBe(false);
  });
});
