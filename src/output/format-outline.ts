import type { ChalkInstance } from 'chalk';
import type { PlanDocument, Section } from '../schema/index.js';

/**
 * The heading tree for a person: one line per section, indented by level, the marker as
 * printed, the title, and the section id with its entity count, dimmed.
 */
export function formatOutline(document: PlanDocument, chalk: ChalkInstance): string {
  const counts = entityCounts(document);
  const lines: string[] = [];
  const { meta } = document;
  lines.push(chalk.bold(meta.title ?? document.source.path));
  const facts = [meta.region, meta.year, meta.docType, meta.issueDate].filter((f) => f !== undefined).join(' · ');
  if (facts) lines.push(chalk.dim(facts));
  if (document.frontMatter.length > 0) lines.push(chalk.dim(`front matter: ${document.frontMatter.map((m) => m.kind).join(', ')}`));
  if (document.preamble) lines.push(chalk.dim(`preamble: ${document.preamble.text.length} characters${countNote(counts.get('0'))}`));
  const walk = (sections: readonly Section[]) => {
    for (const s of sections) {
      const indent = '  '.repeat(s.level - 1);
      lines.push(`${indent}${chalk.cyan(s.marker)}${s.title}${chalk.dim(`  [${s.id}]${countNote(counts.get(s.id))}`)}`);
      walk(s.children);
    }
  };
  walk(document.sections);
  if (document.backMatter.length > 0) lines.push(chalk.dim(`back matter: ${document.backMatter.map((m) => m.kind).join(', ')}`));
  if (document.warnings.length > 0) lines.push(chalk.yellow(`${document.warnings.length} warnings`));
  return lines.join('\n') + '\n';
}

function entityCounts(d: PlanDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of [...d.metrics, ...d.times, ...d.policies, ...d.orgs, ...d.terms]) counts.set(e.sectionId, (counts.get(e.sectionId) ?? 0) + 1);
  return counts;
}

function countNote(n: number | undefined): string {
  return n ? ` ${n} ${n === 1 ? 'entity' : 'entities'}` : '';
}
