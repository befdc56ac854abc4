import type { Org, TaskOrg } from '../schema/index.js';
import { inScope, nearest } from './in-scope.js';
import type { Scope } from './task-units.js';

/** How a task table would name who answers for a task. */
export type Owners = { lead: TaskOrg[]; support: TaskOrg[] };

type Reading = {
  /** The normalised source, to read the words of an owner note. */
  text: string;
  /** Words that mark roles in an owner list (牵头, 配合, …). */
  roleWords: RegExp;
  /** Labels of leaders (牵头领导): a person's label says nothing of the units' roles. */
  leaderLabel: RegExp;
  /** Start and end offsets of the owner table headers, ascending. */
  tableHeaders: ReadonlyArray<readonly [number, number]>;
};

/** Where an owner note's words stop: a line, a cell, a sentence, a bracket or a clause of it. */
const NOTE_BOUND = /[\n\t。();]/u;
/** A label or verb stands next to its list: an unbroken line of text is not read further. */
const NOTE_REACH = 40;

/**
 * The lead and support units of a task: those of its own owner note, else of the nearest
 * enclosing item that has one (as the sections CSV reads them). A list that says nothing of
 * roles — 责任单位：县教育局、县财政局, or a 责任单位 column alone — is read as 任务分解表
 * are: the first unit listed leads, the others support.
 */
export function readOwners(orgs: readonly Org[], scopes: readonly Scope[], reading: Reading): Owners {
  const hit = nearest(scopes, (scope) => {
    const owners = inScope(orgs, scope).filter((i) => orgs[i]!.role !== 'mention');
    return owners.length > 0 ? owners : undefined;
  });
  if (!hit) return { lead: [], support: [] };
  const owned = (i: number): TaskOrg => ({ org: i, name: orgs[i]!.name, inherited: hit.inherited });
  const lead = unique(orgs, hit.found.filter((i) => orgs[i]!.role === 'lead'));
  const support = unique(orgs, hit.found.filter((i) => orgs[i]!.role === 'support'));
  if (support.length === 0 && lead.length > 1 && !saysRoles(orgs, lead, reading)) {
    return { lead: lead.slice(0, 1).map(owned), support: lead.slice(1).map(owned) };
  }
  return { lead: lead.map(owned), support: support.map(owned) };
}

/** Whether the note (or the table header) that lists these leads says who leads. */
function saysRoles(orgs: readonly Org[], lead: readonly number[], { text, roleWords, leaderLabel, tableHeaders }: Reading): boolean {
  const says = (from: number, to: number) => roleWords.test(text.slice(from, to).replace(leaderLabel, ''));
  const first = orgs[lead[0]!]!;
  if (first.rule === 'org/owner-table-header') {
    const header = [...tableHeaders].reverse().find(([s]) => s < first.span.start.offset);
    return header !== undefined && says(header[0], header[1]);
  }
  let start = first.span.start.offset;
  const stop = Math.max(0, start - NOTE_REACH);
  while (start > stop && !NOTE_BOUND.test(text[start - 1]!)) start--;
  let end = orgs[lead[lead.length - 1]!]!.span.end.offset;
  const until = Math.min(text.length, end + NOTE_REACH);
  while (end < until && !NOTE_BOUND.test(text[end]!)) end++;
  return says(start, end);
}

/** One entry per unit: a name printed twice (in a note and a column) counts once, where first printed. */
function unique(orgs: readonly Org[], indexes: readonly number[]): number[] {
  const seen = new Set<string>();
  return indexes.filter((i) => !seen.has(orgs[i]!.name) && Boolean(seen.add(orgs[i]!.name)));
}
