import type { Grammars } from '../../grammar/compile.js';
import { classifyLine } from '../classify-line.js';
import { findMarker, isTableHeader } from '../find-marker.js';
import type { HeadKind } from './head-kinds.js';

/** How strongly a line says what it is (log-likelihood-like; -Infinity: it cannot be that). */
export type Evidence = Record<HeadKind, number>;

const SURE = 5;
const LIKELY = 3;
/** Lines of the head the grammars name, and the kind each rule names. */
const HEAD_RULES = ['head/metadata-field', 'head/doc-site-chrome', 'head/template-intro', 'head/separator', 'head/breadcrumb', 'head/contact'] as const;
const PROSE = /[。,;]/;
const SHORT = 24;

/**
 * What one line of the head may be. The wrapper grammars (matter.json, head.json) name most
 * lines; a line nothing names is weighed by its shape: short lines without punctuation are
 * likely chrome (a site's column name, a menu), prose is likely content or a notice's body, a
 * heading marker opens content. `line` is trimmed and normalised.
 */
export function lineEvidence(line: string, grammars: Grammars): Evidence {
  const ev: Evidence = {
    chrome: line.length <= SHORT && !PROSE.test(line) ? 0 : -4,
    metadata: -Infinity,
    notice: -Infinity,
    docNumber: -Infinity,
    addressees: -Infinity,
    noticeBody: PROSE.test(line) ? -1 : -3,
    attachment: -Infinity,
    signature: -Infinity,
    issuer: -Infinity,
    date: -Infinity,
    disclosure: -Infinity,
    title: -Infinity,
    content: line.length <= SHORT && !PROSE.test(line) ? -1 : 0,
  };
  const marker = findMarker(line, grammars, false, false);
  if (isTableHeader(line, grammars)) {
    ev.content = 3;
    ev.chrome = -5;
  }
  if (marker) {
    ev.content = 2;
    ev.chrome = -5;
    ev.noticeBody = -2;
  }
  for (const id of HEAD_RULES) {
    if (!test(grammars, id, line)) continue;
    const kind = grammars.rule(id).data!.kind as HeadKind;
    ev[kind] = SURE;
    ev.content = Math.min(ev.content, -3);
  }
  const found = classifyLine(line, grammars);
  switch (found?.rule) {
    case undefined:
      break;
    case 'matter/notice-title':
      ev.notice = SURE;
      ev.title = 1; // a notice that is itself the plan
      ev.content = -3;
      break;
    case 'matter/notice-body':
      ev.noticeBody = 4;
      ev.content = Math.min(ev.content, -1);
      break;
    case 'matter/org-line':
      ev.signature = LIKELY;
      ev.issuer = LIKELY;
      ev.title = 1; // the first half of a title printed over two lines (巫山)
      ev.content = -3;
      break;
    case 'meta/title-line':
      if (!marker) ev.title = 4;
      ev.content = -2;
      break;
    default: {
      const kind = found!.kind === 'issuers' ? 'issuer' : found!.kind;
      if (kind in ev) ev[kind as HeadKind] = SURE;
      ev.content = Math.min(ev.content, kind === 'chrome' ? -3 : -4);
    }
  }
  if (ev.notice === -Infinity) ev.notice = splitNoticeTitle(line);
  // The first half of a title printed over two lines: 中共岚城乡委员会关于 / 调整…工作方案.
  if (/关于$/.test(line) && !PROSE.test(line) && line.length <= 40) ev.title = Math.max(ev.title, 2);
  return ev;
}

/** Half of a notice title printed over two lines: 市政府办公室关于印发2014年 / 全市…安排的通知. */
function splitNoticeTitle(line: string): number {
  if (PROSE.test(line) || line.length > 60) return -Infinity;
  if (/^[^\s]{0,40}关于(?:印发|转发|下发|印送|做好|开展|加强|进一步)/u.test(line)) return LIKELY;
  if (/(?:的)?通知(?:[(][^()]{1,30}[)])?$/u.test(line)) return 2;
  return -Infinity;
}

function test(grammars: Grammars, id: string, line: string): boolean {
  const rule = grammars.rule(id);
  rule.regex.lastIndex = 0;
  return rule.regex.test(line);
}
