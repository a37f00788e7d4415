import { describe, expect, it } from 'vitest';
import { parseTemplate } from './template-syntax';

describe('parseTemplate', () => {
  it('splits text and placeholders', () => {
    expect(parseTemplate('Hi {{traits.firstName | "there"}}!').parts).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'placeholder', path: ['traits', 'firstName'], fallback: 'there', source: '{{traits.firstName | "there"}}' },
      { kind: 'text', text: '!' },
    ]);
  });

  const faulty: Array<[string, RegExp]> = [
    ['Hi {{traits.firstName', /never closed/],
    ['{{}}', /not a field path/],
    ['{{traits}}', /must start with/],
    ['{{secrets.key}}', /must start with/],
    ['{{traits.a b}}', /not a field path/],
    ['{{traits.firstName | there}}', /double quotes/],
    ['{{traits.firstName | "unterminated}}', /double quotes/],
    ['{{traits.a.b.c.d.e.f}}', /deeper/],
  ];
  it.each(faulty)('reports %s', (template, message) => {
    const { issues } = parseTemplate(template);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(message);
  });

  it('reports each faulty placeholder at its offset and keeps going', () => {
    const { issues, parts } = parseTemplate('{{x}} and {{traits.ok}} and {{y}}');
    expect(issues.map((i) => i.offset)).toEqual([0, 28]);
    expect(parts.filter((p) => p.kind === 'placeholder')).toHaveLength(1);
  });
});
