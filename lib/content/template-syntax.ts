// Placeholders in variant fields: `{{ traits.firstName }}` or `{{ traits.firstName | "there" }}`.
// The grammar is deliberately tiny (a path and an optional quoted fallback, no logic, no
// filters, no raw output), so we parse it ourselves: a general template engine (Handlebars,
// Liquid) would hand marketers helpers and unescaped output we would then have to forbid.

/** Where a placeholder may read from. `segment.*` comes from the tree that chose the variant. */
export const PLACEHOLDER_ROOTS = ['traits', 'context', 'profile', 'segment'] as const;
export type PlaceholderRoot = (typeof PLACEHOLDER_ROOTS)[number];

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; path: string[]; fallback: string; source: string };

export interface TemplateIssue {
  /** 0-based offset of the `{{` that starts the faulty placeholder. */
  offset: number;
  message: string;
}

export interface ParsedTemplate {
  parts: TemplatePart[];
  issues: TemplateIssue[];
}

const SEGMENT = /^[A-Za-z_$][\w$-]*$/;
const MAX_DEPTH = 6;

/**
 * Splits a template into text and placeholders. A faulty placeholder is reported in `issues`
 * and kept as literal text, so rendering never fails and never drops what the marketer wrote.
 */
export function parseTemplate(template: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const issues: TemplateIssue[] = [];
  let text = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{{', i);
    if (open < 0) {
      text += template.slice(i);
      break;
    }
    text += template.slice(i, open);
    const close = template.indexOf('}}', open + 2);
    if (close < 0) {
      issues.push({ offset: open, message: 'A placeholder opened with "{{" is never closed with "}}".' });
      text += template.slice(open);
      break;
    }
    const source = template.slice(open, close + 2);
    const parsed = parsePlaceholder(template.slice(open + 2, close));
    if ('message' in parsed) {
      issues.push({ offset: open, message: parsed.message });
      text += source;
    } else {
      if (text) parts.push({ kind: 'text', text });
      text = '';
      parts.push({ kind: 'placeholder', ...parsed, source });
    }
    i = close + 2;
  }
  if (text) parts.push({ kind: 'text', text });
  return { parts, issues };
}

function parsePlaceholder(inner: string): { path: string[]; fallback: string } | { message: string } {
  const bar = inner.indexOf('|');
  const pathText = (bar < 0 ? inner : inner.slice(0, bar)).trim();
  const path = pathText.split('.');
  if (!pathText || !path.every((s) => SEGMENT.test(s))) {
    return { message: `"${pathText}" is not a field path such as traits.firstName.` };
  }
  if (!(PLACEHOLDER_ROOTS as readonly string[]).includes(path[0]) || path.length < 2) {
    return { message: `"${pathText}" must start with ${PLACEHOLDER_ROOTS.map((r) => `${r}.`).join(', ')}` };
  }
  if (path.length > MAX_DEPTH) return { message: `"${pathText}" is nested deeper than ${MAX_DEPTH} levels.` };
  if (bar < 0) return { path, fallback: '' };
  const fallback = parseQuoted(inner.slice(bar + 1).trim());
  if (fallback === undefined) {
    return { message: 'The fallback after "|" must be text in double quotes, e.g. | "there".' };
  }
  return { path, fallback };
}

/** A JSON-style double-quoted string (so `\"` and `\\` work as everyone expects). */
function parseQuoted(text: string): string | undefined {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
