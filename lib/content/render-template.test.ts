import { describe, expect, it } from 'vitest';
import { renderTemplate, type FieldKind, type TemplateData } from './render-template';

const data: TemplateData = {
  traits: { firstName: 'Ada', age: 36, vip: true, empty: '', nil: null, tags: ['a'], address: { city: 'Lyon' }, evil: '<img src=x onerror=alert(1)>' },
  context: { country: 'FR' },
  profile: { externalId: 'u 1/2' },
  segment: { key: 'vip', name: 'VIP & friends' },
};

const cases: Array<[name: string, template: string, expected: string, kind?: FieldKind]> = [
  ['plain text', 'Hello', 'Hello'],
  ['a trait', 'Hi {{traits.firstName}}!', 'Hi Ada!'],
  ['spaces inside braces', 'Hi {{  traits.firstName  }}', 'Hi Ada'],
  ['fallback unused', '{{traits.firstName | "there"}}', 'Ada'],
  ['fallback for missing', 'Hi {{traits.nickname | "there"}}', 'Hi there'],
  ['fallback for null', '{{traits.nil | "x"}}', 'x'],
  ['fallback for empty string', '{{traits.empty | "x"}}', 'x'],
  ['fallback for arrays and objects', '{{traits.tags | "x"}}{{traits.address | "y"}}', 'xy'],
  ['no fallback renders nothing', '[{{traits.nickname}}]', '[]'],
  ['numbers', '{{traits.age}}', '36'],
  ['booleans', '{{traits.vip}}', 'true'],
  ['nested path', '{{traits.address.city}}', 'Lyon'],
  ['context and segment', '{{context.country}} {{segment.name}}', 'FR VIP &amp; friends'],
  ['values are escaped', '{{traits.evil}}', '&lt;img src=x onerror=alert(1)&gt;'],
  ['static text is escaped too', '<b>{{traits.firstName}}</b>', '&lt;b&gt;Ada&lt;/b&gt;'],
  ['fallback is escaped', '{{traits.nope | "<script>"}}', '&lt;script&gt;'],
  ['escaped quote in fallback', '{{traits.nope | "say \\"hi\\""}}', 'say &quot;hi&quot;'],
  ['unclosed placeholder stays literal', 'Hi {{traits.firstName', 'Hi {{traits.firstName'],
  ['bad root stays literal', '{{password}}', '{{password}}'],
  ['prototype keys are not read', '{{traits.constructor | "none"}}', 'none'],
  ['url: values percent-encoded', '/u/{{profile.externalId}}', '/u/u%201%2F2', 'url'],
  ['url: https kept', 'https://shop.example/?n={{traits.firstName}}', 'https://shop.example/?n=Ada', 'url'],
  ['url: javascript refused', 'javascript:alert(1)', '', 'url'],
  ['url: obfuscated scheme refused', 'java\tscript:alert(1)', '', 'url'],
  ['url: a value cannot become a scheme', '{{traits.scheme | "javascript:alert(1)"}}', 'javascript%3Aalert(1)', 'url'],
  ['url: ampersands escaped for attributes', '/?a=1&b={{traits.age}}', '/?a=1&amp;b=36', 'url'],
];

describe('renderTemplate', () => {
  it.each(cases)('%s', (_name, template, expected, kind) => {
    expect(renderTemplate(template, data, kind)).toBe(expected);
  });
});
