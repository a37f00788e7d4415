// Output encoding for rendered variants. Every character that can open markup or end an
// attribute is encoded, so a trait value such as `<img onerror=…>` arrives as text wherever the
// site puts it (element content or a quoted attribute).
const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => HTML_ENTITIES[c]);
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * A URL a variant may link to or load: http(s), mailto, tel, or a relative path. Anything else
 * (javascript:, data:, vbscript:, protocol-relative tricks with control characters) is refused.
 */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore ASCII control characters and whitespace inside a scheme ("java\tscript:").
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (cleaned === '') return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (!scheme) return !cleaned.startsWith('//') || /^\/\/[^/\\]/.test(cleaned);
  return SAFE_SCHEMES.has(scheme[1].toLowerCase() + ':');
}
