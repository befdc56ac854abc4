import type { Grammars } from '../grammar/compile.js';
import { execAll } from '../grammar/exec-all.js';
import { alternation } from '../grammar/compile.js';
import { loadGrammars } from '../grammar/load.js';
import { createLocator, type Locator } from '../pipeline/locate.js';
import { normalize } from '../pipeline/normalize.js';
import type { PlanDocument, Task, TaskLeader } from '../schema/index.js';
import { findLeaders, type LeaderMark } from './find-leaders.js';
import { inScope, nearest } from './in-scope.js';
import { pickDeadline } from './pick-deadline.js';
import { readOwners } from './read-owners.js';
import { sourceOf } from './source-of.js';
import { taskUnits, type Scope } from './task-units.js';

/**
 * The plan as a 任务分解表: one task per actionable item (a section without sub-sections, or
 * each point it numbers inline), in document order, with its targets, deadline, periods,
 * recurrences, lead and support units, leader and the policies it cites. A pure function of
 * a finished document (the `tasks` it may already hold are ignored), so a document read back
 * from JSON gives the same tasks.
 */
export function buildTasks(
  document: Omit<PlanDocument, 'tasks'>,
  grammars: Grammars = loadGrammars(),
  /** The source, its normalised text and its locator when the caller has them (the pipeline): not rebuilt. */
  known?: { original: string; text: string; locator: Locator },
): Task[] {
  const original = known?.original ?? sourceOf(document);
  const text = known?.text ?? normalize(original).text;
  const locator = known?.locator ?? createLocator(original);
  const { metrics, times, orgs, policies } = document;
  const reading = {
    text,
    ...patternsOf(grammars),
    tableHeaders: execAll(grammars.rule('org/owner-table-header').regex, text).map((m) => [m.index, m.index + m[0].length] as const),
  };
  const leaders = findLeaders(text, original, grammars);
  const placedLeaders = leaders.map((l) => ({ span: { start: { offset: l.start } } }));
  return taskUnits(document.sections, original).map((unit): Task => {
    const own = unit.scopes[0]!;
    const mine = (entities: ReadonlyArray<{ span: { start: { offset: number } } }>) => inScope(entities, own);
    const deadline = pickDeadline(times, unit.scopes);
    const leader = leaderOf(leaders, placedLeaders, unit.scopes, locator);
    return {
      id: unit.id,
      sectionId: unit.sectionId,
      ...(unit.point !== undefined ? { point: unit.point } : {}),
      path: unit.path,
      title: unit.title,
      text: original.slice(unit.start, unit.end),
      span: locator.span(unit.start, unit.end),
      targets: mine(metrics).map((i) => {
        const m = metrics[i]!;
        return { metric: i, text: m.text, span: m.span, value: m.value, ...(m.max !== undefined ? { max: m.max } : {}), unit: m.unit, cmp: m.cmp, ...(m.subject !== undefined ? { subject: m.subject } : {}) };
      }),
      ...(deadline ? { deadline } : {}),
      periods: mine(times).filter((i) => times[i]!.kind === 'period').map((i) => {
        const t = times[i]!;
        return { time: i, text: t.text, span: t.span, ...(t.normalized?.start ? { start: t.normalized.start } : {}), ...(t.normalized?.end ? { end: t.normalized.end } : {}) };
      }),
      recurrences: mine(times).filter((i) => times[i]!.kind === 'recurring').map((i) => {
        const t = times[i]!;
        return { time: i, text: t.text, span: t.span, ...(t.normalized?.every ? { every: t.normalized.every } : {}) };
      }),
      ...readOwners(orgs, unit.scopes, reading),
      ...(leader ? { leader } : {}),
      policies: mine(policies).map((i) => ({ policy: i, name: policies[i]!.name, text: policies[i]!.text, span: policies[i]!.span })),
    };
  });
}

const patterns = new WeakMap<Grammars, { roleWords: RegExp; leaderLabel: RegExp }>();

/** The grammars' role words and leader label, compiled once per grammar set (neither keeps state between uses). */
function patternsOf(grammars: Grammars): { roleWords: RegExp; leaderLabel: RegExp } {
  let compiled = patterns.get(grammars);
  if (!compiled) {
    compiled = { roleWords: new RegExp(alternation(grammars.lexicon('taskRoleWords')), 'u'), leaderLabel: new RegExp(grammars.part('leaderLabel'), 'gu') };
    patterns.set(grammars, compiled);
  }
  return compiled;
}

function leaderOf(leaders: readonly LeaderMark[], placed: ReadonlyArray<{ span: { start: { offset: number } } }>, scopes: readonly Scope[], locator: Locator): TaskLeader | undefined {
  const hit = nearest(scopes, (scope) => inScope(placed, scope)[0]);
  if (!hit) return undefined;
  const mark = leaders[hit.found]!;
  return { name: mark.name, text: mark.name, span: locator.span(mark.start, mark.end), inherited: hit.inherited };
}
