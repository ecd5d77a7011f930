const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Text made safe for HTML text and attribute values: `& < > " ' \`` as entities. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (char) => htmlEntities[char]!);
}
