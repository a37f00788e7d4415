import { describe, expect, it } from 'vitest';
import { parseCsvHeader } from './csv-columns';
import { inferColumnTypes } from './infer-column-types';
import { parseCsvText } from './parse-csv-text';
import { classifyValue, convertValue, type ValueType } from './value-types';

const classify: [string, ValueType][] = [
  ['42', 'number'], ['-3.5', 'number'], ['0', 'number'], ['0.25', 'number'], ['1e3', 'number'],
  ['01234', 'string'], ['+5', 'string'], ['1,234', 'string'], ['1234567890123456', 'string'], ['NaN', 'string'], [' 42', 'string'],
  ['true', 'boolean'], ['FALSE', 'boolean'], ['yes', 'string'],
  ['2024-05-01T10:00:00Z', 'date'], ['2024-05-01T10:00:00+02:00', 'date'], ['2024-05-01', 'string'], ['2024-05-01T10:00:00', 'string'],
  ['hello', 'string'],
];

describe('classifyValue', () => {
  it.each(classify)('%s is %s', (value, type) => expect(classifyValue(value)).toBe(type));
});

describe('convertValue', () => {
  it('converts to the column type or says why not', () => {
    expect(convertValue('42', 'number')).toEqual({ ok: true, value: 42 });
    expect(convertValue('True', 'boolean')).toEqual({ ok: true, value: true });
    expect(convertValue('01234', 'string')).toEqual({ ok: true, value: '01234' });
    expect(convertValue('2024-05-01T10:00:00Z', 'date')).toEqual({ ok: true, value: '2024-05-01T10:00:00Z' });
    expect(convertValue('abc', 'number')).toEqual({ ok: false, reason: '"abc" is not a number' });
    expect(convertValue('01234', 'number')).toEqual({ ok: false, reason: '"01234" is not a number' });
    expect(convertValue('yes', 'boolean')).toEqual({ ok: false, reason: '"yes" is not true or false' });
    const date = convertValue('2024-05-01', 'date');
    expect(!date.ok && date.reason).toMatch(/date without a time/);
  });
});

function typesOf(csv: string, kind: 'profiles' | 'events' = 'profiles') {
  const parsed = parseCsvText(csv, ',');
  const { columns, issues } = parseCsvHeader(parsed.header!, kind);
  expect(issues).toEqual([]);
  return Object.fromEntries(columns.map((c, i) => [c.name, inferColumnTypes(columns, parsed.rows)[i]]));
}

describe('inferColumnTypes', () => {
  it('takes the majority of non-empty cells; ties and empty columns are strings', () => {
    const csv = [
      'externalId,traits.age,traits.zip,traits.vip,traits.since,traits.mixed,traits.empty,traits.tie',
      'u1,31,01234,true,2024-01-01T00:00:00Z,1,,1',
      'u2,abc,75001,false,2024-02-01T00:00:00+01:00,x,,x',
      'u3,40,02000,,,2,,',
      'u4,,,TRUE,,3,,',
    ].join('\n');
    expect(typesOf(csv)).toEqual({
      externalId: 'string', 'traits.age': 'number', 'traits.zip': 'string', 'traits.vip': 'boolean',
      'traits.since': 'date', 'traits.mixed': 'number', 'traits.empty': 'string', 'traits.tie': 'string',
    });
  });

  it('honours a type suffix and the fixed types', () => {
    const csv = 'externalId,traits.zip:string,consent.marketing,context.city\n123,75001,true,42\n';
    expect(typesOf(csv)).toEqual({ externalId: 'string', 'traits.zip': 'string', 'consent.marketing': 'boolean', 'context.city': 'string' });
    expect(typesOf('externalId,event,timestamp,properties.n:number\nu,e,2024-01-01T00:00:00Z,x\n', 'events')).toEqual({
      externalId: 'string', event: 'string', timestamp: 'date', 'properties.n': 'number',
    });
  });
});

describe('parseCsvHeader', () => {
  const messages = (header: string, kind: 'profiles' | 'events' = 'profiles') =>
    parseCsvHeader(header.split(','), kind).issues.map((i) => i.message);

  it('accepts nested trait paths', () => {
    const { columns } = parseCsvHeader(['externalId', 'traits.address.city'], 'profiles');
    expect(columns[1]).toMatchObject({ target: 'traits', path: ['address', 'city'] });
  });

  it.each([
    ['externalId,email', /"email": not a column of a profiles import/],
    ['traits.age', /"externalId" column is required/],
    ['externalId,traits.age:integer', /unknown type "integer"/],
    ['externalId,traits.a,traits.a', /appears twice/],
    ['externalId,traits.address,traits.address.city', /puts an object there/],
    ['externalId,consent.cookies', /consent columns are/],
    ['externalId,context.page.url', /context is flat/],
    ['externalId,traits.__proto__.x', /dotted path/],
    ['externalId,,traits.a', /column 2 has no name/],
    ['externalId,externalId:number', /always of type string/],
    ['externalId,properties.a', /not a column of a profiles import/],
  ])('%s is refused', (header, message) => {
    expect(messages(header).join(' | ')).toMatch(message);
  });

  it('requires event for events', () => {
    expect(messages('externalId,timestamp', 'events')).toEqual(['a "event" column is required']);
  });
});

describe('parseCsvText', () => {
  it('numbers lines as in the file: header line 1, blank lines counted, quoted newlines spanning lines', () => {
    const csv = 'externalId,traits.note\r\nu1,a\r\n\r\nu2,"two\r\nlines"\r\nu3,b\r\n';
    const { header, rows } = parseCsvText(csv, ',');
    expect(header).toEqual(['externalId', 'traits.note']);
    expect(rows.map((r) => [r.line, r.cells])).toEqual([
      [2, ['u1', 'a']],
      [4, ['u2', 'two\r\nlines']],
      [6, ['u3', 'b']],
    ]);
  });

  it('strips a byte-order mark and reports an unclosed quote on its line', () => {
    const { header, rows } = parseCsvText('\ufeffexternalId,traits.a\nu1,"open\n', ',');
    expect(header).toEqual(['externalId', 'traits.a']);
    expect(rows[0].line).toBe(2);
    expect(rows[0].error).toBeTruthy();
  });

  it('takes another delimiter', () => {
    expect(parseCsvText('externalId;traits.a\nu1;1,5\n', ';').rows[0].cells).toEqual(['u1', '1,5']);
  });
});
