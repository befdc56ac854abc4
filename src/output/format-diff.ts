import type { ChalkInstance } from 'chalk';
import type { Change, PlanDiff, Span } from '../schema/index.js';
import { describeChange } from './describe-change.js';

/**
 * The diff for a person on a terminal: a summary, then item by item in the new plan's order —
 * added items in green, dropped in red, and under each item found again what changed in it,
 * with the line:column where each side stands.
 */
export function formatDiff(diff: PlanDiff, chalk: ChalkInstance): string {
  const lines: string[] = [];
  lines.push(chalk.bold(`${diff.old.title ?? diff.old.path} → ${diff.new.title ?? diff.new.path}`));
  lines.push(chalk.dim(`old ${diff.old.path}  new ${diff.new.path}`));
  lines.push(summaryLine(diff));
  let group = '';
  // Policies are cited anywhere in a plan: they read better together, after the items.
  const items = diff.changes.filter((c) => c.type !== 'policy-cited' && c.type !== 'policy-uncited');
  const policies = diff.changes.filter((c) => c.type === 'policy-cited' || c.type === 'policy-uncited');
  for (const c of items) {
    const d = describeChange(c);
    const where = chalk.dim(places(d.oldSpan, d.newSpan));
    if (c.type === 'item-added') {
      lines.push(chalk.green(`+ ${c.new.id}  ${short(d.after)}`) + '  ' + where);
      group = `>${c.new.id}`; // its targets follow it
      continue;
    }
    if (c.type === 'item-dropped') {
      lines.push(chalk.red(`- ${c.old.id}  ${short(d.before)}`) + '  ' + where);
      group = `${c.old.id}>`;
      continue;
    }
    const key = `${c.oldItem ?? ''}>${c.newItem ?? ''}`;
    if (key !== group) {
      lines.push(chalk.bold(`  ${header(c, diff)}`));
      group = key;
    }
    lines.push(`    ${changeLine(c, chalk)}  ${where}`);
  }
  if (policies.length > 0) lines.push(chalk.bold('  policies'));
  for (const c of policies) {
    const d = describeChange(c);
    lines.push(`    ${changeLine(c, chalk)}  ${chalk.dim(places(d.oldSpan, d.newSpan))}`);
  }
  if (diff.changes.length === 0) lines.push(chalk.dim('no differences'));
  return lines.join('\n') + '\n';
}

function changeLine(c: Change, chalk: ChalkInstance): string {
  const d = describeChange(c);
  const change = d.before && d.after ? `${chalk.red(short(d.before))} → ${chalk.green(short(d.after))}` : d.after ? chalk.green(d.after) : chalk.red(d.before);
  const detail = c.type === 'item-moved' ? ` (${moves(c)})` : d.detail ? ` (${d.detail})` : '';
  const mark = c.type.endsWith('added') || c.type === 'policy-cited' ? '+' : c.type.endsWith('dropped') || c.type === 'policy-uncited' ? '-' : '~';
  return `${mark} ${chalk.cyan(d.label)}: ${change}${chalk.dim(detail)}`;
}

/** Where a moved item was and is: under which heading of each plan. */
function moves(c: Extract<Change, { type: 'item-moved' }>): string {
  const under = (side: string, id: string | null) => (id === null ? `at the top of the ${side} plan` : `under ${side} ${id}`);
  return `was ${under('old', c.fromParent)}, now ${under('new', c.toParent)}`;
}

/** Titles of flattened table rows run on into their cells: a line shows their start. */
const SHORT = 48;
function short(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > SHORT ? one.slice(0, SHORT - 1) + '…' : one;
}

function header(c: Change, diff: PlanDiff): string {
  const pair = diff.pairs.find((p) => p.old.id === c.oldItem && p.new.id === c.newItem);
  const title = short(pair?.new.title || pair?.old.title || '');
  const ids = c.oldItem !== undefined && c.newItem !== undefined ? `${c.oldItem} → ${c.newItem}` : c.newItem !== undefined ? `new ${c.newItem}` : `old ${c.oldItem}`;
  const name = (id: string | undefined) => (id === '0' ? 'preamble' : id);
  return `${ids.replace(/\b0\b/g, name('0')!)}  ${title}`.trimEnd();
}

function places(oldSpan?: Span, newSpan?: Span): string {
  const at = (s: Span) => `${s.start.line}:${s.start.column}`;
  return [oldSpan ? `old ${at(oldSpan)}` : '', newSpan ? `new ${at(newSpan)}` : ''].filter(Boolean).join(' ');
}

function summaryLine(diff: PlanDiff): string {
  const n = (type: string) => diff.summary[type] ?? 0;
  const parts = [
    `${n('itemsPaired')} items found again (of ${n('itemsOld')} → ${n('itemsNew')})`,
    `${n('item-added')} added, ${n('item-dropped')} dropped, ${n('item-moved')} moved, ${n('item-reworded')} reworded`,
    `targets ${n('target-changed')} changed, ${n('target-added')} added, ${n('target-dropped')} dropped`,
    `deadlines ${n('deadline-moved')} moved, ${n('deadline-added')} added, ${n('deadline-dropped')} dropped`,
    `owners ${n('owners-changed')} changed`,
    `policies ${n('policy-cited')} newly cited, ${n('policy-uncited')} no longer cited`,
  ];
  return parts.join('; ');
}
