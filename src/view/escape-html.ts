/**
 * Text of the plan made safe to place in HTML, as text and in quoted attribute values: the plan
 * is data, never markup (a plan that prints <script> or </style> shows it). A carriage return
 * becomes a character reference, which the HTML parser keeps, so every element's text is
 * exactly the slice of the source it stands for.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;' };
