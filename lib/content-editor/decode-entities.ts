// Preview and evaluation answers are HTML-escaped (lib/content/escape.ts) so a site can insert
// them as markup. React inserts text, which it escapes itself: showing the escaped string would
// print "&lt;", so the dashboard decodes exactly the entities escapeHtml writes and renders the
// result as a text node. A trait such as `<img onerror=…>` then reads as those characters and
// never becomes an element.
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#96;': '`',
};

export function decodeEntities(escaped: string): string {
  // One pass, so "&amp;lt;" becomes "&lt;" (what was typed), never "<".
  return escaped.replace(/&(?:amp|lt|gt|quot|#39|#96);/g, (entity) => ENTITIES[entity]);
}
