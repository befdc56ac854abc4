import type { PlanDocument } from '../schema/index.js';
import { escapeHtml } from './escape-html.js';

/** What the page says about the plan before its text: meta, source, counts per kind with the legend of their marks. */
export function planSummary(document: PlanDocument): string {
  const { meta, source } = document;
  const facts: Array<[string, string | number | undefined]> = [
    ['Region', meta.region], ['Level', meta.adminLevel], ['Year', meta.year], ['Type', meta.docType],
    ['Issued by', meta.issuers.join('、') || undefined], ['Issued', meta.issueDate], ['Number', meta.docNumber],
    ['File', source.path], ['Encoding', source.encoding], ['Format', source.format], ['SHA-256', source.sha256.slice(0, 12)],
  ];
  const dl = facts
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `<div><dt>${k}</dt><dd>${escapeHtml(String(v))}</dd></div>`)
    .join('');
  const roles = (role: string) => document.orgs.filter((o) => o.role === role).length;
  // Each legend entry is drawn with the very mark it explains.
  const legend = [
    ['metric', 'metric', document.metrics.length],
    ['time', 'time', document.times.length],
    ['org lead', 'lead unit', roles('lead')],
    ['org support', 'support unit', roles('support')],
    ['org mention', 'organisation', roles('mention')],
    ['policy', 'policy', document.policies.length],
    ['term', 'term', document.terms.length],
  ]
    .map(([cls, label, n]) => `<li><mark class="e ${cls}">${label}</mark> ${n}</li>`)
    .join('');
  const warnings = `<li><span class="warn"></span> warnings ${document.warnings.length}</li>`;
  return [
    '<header>',
    `<h1>${escapeHtml(meta.title ?? source.path)}</h1>`,
    `<dl class="meta">${dl}</dl>`,
    `<ul class="legend" aria-label="Entities found, by kind">${legend}${warnings}</ul>`,
    '</header>',
  ].join('\n');
}
