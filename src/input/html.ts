import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Nodes, Root } from 'hast';

/** Elements a browser starts on a new line. Table cells are separated by a tab instead. */
const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
/** Never visible text. <head> goes too: its <title> repeats the page's heading. */
const hidden = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'canvas', 'select']);

const parser = unified().use(rehypeParse);

/**
 * The visible text of a web page, block elements on their own lines. Page chrome (nav, 来源,
 * 发布时间, 分享) is LEFT IN on purpose: the outline recognises it as front or back matter,
 * and nothing of the input is silently lost.
 */
export function htmlText(html: string): string {
  const tree = parser.parse(html) as Root;
  const parts: string[] = [];
  walk(tree, parts, false);
  return parts
    .join('')
    .replaceAll('\u00a0', ' ') // &nbsp; is a space to a reader; later stages match plain spaces
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

function walk(node: Nodes, parts: string[], pre: boolean): void {
  if (node.type === 'text') {
    parts.push(pre ? node.value : node.value.replace(/[ \t\n\r\f]+/g, ' '));
    return;
  }
  if (node.type !== 'root' && node.type !== 'element') return;
  if (node.type === 'element') {
    if (hidden.has(node.tagName) || isHiddenByStyle(node)) return;
    if (node.tagName === 'br') return void parts.push('\n');
    if (node.tagName === 'td' || node.tagName === 'th') parts.push('\t');
  }
  const block = node.type === 'element' && blocks.has(node.tagName);
  if (block) parts.push('\n');
  const inPre = pre || (node.type === 'element' && node.tagName === 'pre');
  for (const child of node.children) walk(child as Nodes, parts, inPre);
  if (block) parts.push('\n');
}

function isHiddenByStyle(node: Element): boolean {
  const style = node.properties?.style;
  return typeof style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
