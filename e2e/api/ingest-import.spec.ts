import { expect, test } from '../fixtures';

const CSV = { 'content-type': 'text/csv' };

test.describe('CSV import', () => {
  test('profiles: typed columns, nested traits, rejected lines with reasons', async ({ account }) => {
    const api = await account.keyed(['ingest']);
    const csv = [
      'externalId,traits.age,traits.address.city,traits.zip:string,traits.vip,consent.marketing,context.country',
      'u1,31,Paris,75001,true,false,FR',
      'u2,45,Lyon,69001,false,,FR',
      'u3,unknown,Nice,06000,true,true,',
      'u4,50,,,maybe,yes,DE',
      ',20,Paris,1,true,true,FR',
    ].join('\n');
    const res = await api.post('/api/v1/import/profiles', { data: csv, headers: CSV });
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({
      rows: 5,
      accepted: 2,
      rejectedCount: 3,
      rejected: [
        { line: 4, issues: [{ column: 'traits.age', code: 'type_mismatch', message: 'traits.age: "unknown" is not a number (column type number)' }] },
        {
          line: 5,
          issues: [
            { column: 'traits.vip', code: 'type_mismatch', message: 'traits.vip: "maybe" is not true or false (column type boolean)' },
            { column: 'consent.marketing', code: 'type_mismatch', message: 'consent.marketing: "yes" is not true or false (column type boolean)' },
          ],
        },
        { line: 6, issues: [{ column: 'externalId', code: 'missing_field', message: 'externalId is required' }] },
      ],
      columns: [
        { name: 'externalId', type: 'string' },
        { name: 'traits.age', type: 'number' },
        { name: 'traits.address.city', type: 'string' },
        { name: 'traits.zip', type: 'string' },
        { name: 'traits.vip', type: 'boolean' },
        { name: 'consent.marketing', type: 'boolean' },
        { name: 'context.country', type: 'string' },
      ],
    });
  });

  test('events: timestamps with offsets, duplicates by messageId, a semicolon delimiter', async ({ account }) => {
    const api = await account.keyed(['ingest']);
    const csv = [
      'externalId;event;timestamp;messageId;properties.amount',
      'u1;purchase;2024-05-01T10:00:00+02:00;m1;19.99',
      'u1;purchase;2024-05-01T10:00:00Z;m1;5',
      'u2;purchase;2024-05-01;m2;7',
      'u3;signup;;;',
    ].join('\r\n');
    const res = await api.post('/api/v1/import/events?delimiter=semicolon', { data: csv, headers: CSV });
    expect(res.status()).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({ rows: 4, accepted: 2, duplicates: 1, rejectedCount: 1 });
    expect(report.rejected).toEqual([{ line: 4, issues: [{ column: 'timestamp', code: 'type_mismatch', message: expect.stringContaining('date without a time') }] }]);
    expect(report.columns).toEqual([
      { name: 'externalId', type: 'string' },
      { name: 'event', type: 'string' },
      { name: 'timestamp', type: 'date' },
      { name: 'messageId', type: 'string' },
      { name: 'properties.amount', type: 'number' },
    ]);
  });

  test('streams NDJSON progress as chunks commit, then the result', async ({ account }) => {
    const api = await account.keyed(['ingest']);
    const lines = ['externalId,traits.n'];
    for (let i = 0; i < 2500; i++) lines.push(`s${i},${i === 1500 ? 'x' : i}`);
    const res = await api.post('/api/v1/import/profiles', { data: lines.join('\n'), headers: { ...CSV, accept: 'application/x-ndjson' } });
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/x-ndjson');
    const messages = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(messages.slice(0, 3)).toEqual([
      { type: 'progress', rows: 1000, accepted: 1000, rejected: 0 },
      { type: 'progress', rows: 2000, accepted: 1999, rejected: 1 },
      { type: 'progress', rows: 2500, accepted: 2499, rejected: 1 },
    ]);
    expect(messages[3]).toMatchObject({ type: 'result', rows: 2500, accepted: 2499, rejectedCount: 1, rejected: [{ line: 1502 }] });
    expect(messages).toHaveLength(4);
  });

  test('a bad header is a 422 naming the columns; nothing is written', async ({ account }) => {
    const api = await account.keyed(['ingest']);
    const res = await api.post('/api/v1/import/profiles', { data: 'id,traits.age:integer\n1,2\n', headers: CSV });
    expect(res.status()).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe('validation_failed');
    expect(error.issues.map((i: { path: unknown[] }) => i.path)).toEqual([['columns', 0], ['columns', 1], ['columns']]);
    expect(error.issues.map((i: { message: string }) => i.message).join(' | ')).toMatch(/"id": not a column.*unknown type "integer".*"externalId" column is required/);

    const empty = await api.post('/api/v1/import/events', { data: '', headers: CSV });
    expect(empty.status()).toBe(422);
    const delimiter = await api.post('/api/v1/import/events?delimiter=x', { data: 'externalId,event\n', headers: CSV });
    expect(delimiter.status()).toBe(422);
  });

  test('JSON is a 415 here; a body over 50 MB is a 413', async ({ account }) => {
    const api = await account.keyed(['ingest']);
    const json = await api.post('/api/v1/import/profiles', { data: { profiles: [] } });
    expect(json.status()).toBe(415);
    expect((await json.json()).error.code).toBe('unsupported_media_type');

    const big = Buffer.alloc(50 * 1024 * 1024 + 10, 'a');
    big.write('externalId\n');
    const res = await api.post('/api/v1/import/profiles', { data: big, headers: CSV });
    expect(res.status()).toBe(413);
    expect((await res.json()).error).toEqual({ code: 'payload_too_large', message: 'The request body is larger than 50 MB.' });
  });
});
