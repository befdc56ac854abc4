import { unified } from 'unified';
import remarkParse from 'remark-parse';

/** Line start offset → what Markdown makes of that line: a heading of some depth, or a list item. */
export type MarkdownHints = {
  lines: ReadonlyMap<number, { type: 'heading' | 'list-item'; family: string }>;
  /** Code blocks and HTML: their lines are never headings. */
  literal: ReadonlyArray<{ start: number; end: number }>;
  get(lineStart: number): { type: 'heading' | 'list-item'; family: string } | undefined;
  isLiteral(offset: number): boolean;
};

type Node = { type: string; depth?: number; position?: { start: { offset?: number; column: number }; end: { offset?: number } }; children?: Node[] };

/**
 * Headings and list items as remark-parse sees them (so a # inside a code block is not a
 * heading). Keys are the offsets where their lines start, since the outline reads lines.
 */
export function markdownHints(text: string): MarkdownHints {
  const tree = unified().use(remarkParse).parse(text) as Node;
  const hints = new Map<number, { type: 'heading' | 'list-item'; family: string }>();
  const literal: Array<{ start: number; end: number }> = [];
  const visit = (node: Node, listDepth: number) => {
    const start = node.position?.start;
    if ((node.type === 'code' || node.type === 'html') && start?.offset !== undefined) {
      literal.push({ start: start.offset, end: node.position!.end.offset ?? start.offset });
    }
    const lineStart = start?.offset !== undefined ? start.offset - (start.column - 1) : undefined;
    if (node.type === 'heading' && lineStart !== undefined) hints.set(lineStart, { type: 'heading', family: `md-h${node.depth}` });
    if (node.type === 'listItem' && lineStart !== undefined && !hints.has(lineStart)) {
      hints.set(lineStart, { type: 'list-item', family: `md-list${listDepth}` });
    }
    for (const child of node.children ?? []) visit(child, node.type === 'list' ? listDepth + 1 : listDepth);
  };
  visit(tree, 0);
  return {
    lines: hints,
    literal,
    get: (lineStart) => hints.get(lineStart),
    isLiteral: (offset) => literal.some((r) => offset >= r.start && offset < r.end),
  };
}
