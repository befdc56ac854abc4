import type { Grammars } from '../../grammar/compile.js';

/** A part of a year (上半年, 秋季学期, 年底) and its calendar range in that year. */
export type YearPart = {
  /** "MM-DD", "+MM-DD" (next year), "MM-L" (last day); absent when it cannot be pinned (寒假). */
  from?: string;
  to?: string;
  /** A deadline at a term or season means its start (2022年秋季投入使用: by September). */
  dueAt?: 'start' | 'end';
  /** The part itself makes a deadline (年底, 年末). */
  due?: boolean;
};

/** What the time mechanisms read from grammars/times.json, gathered once per grammar set. */
export type TimeLexicon = {
  /** Rules in file order; the order breaks ties between matches of equal span. */
  rules: readonly { id: string; regex: RegExp; requires?: readonly string[] }[];
  /** The joiner of a date range, sticky: test it at the end of the first date. */
  rangeJoin: RegExp;
  relativeYears: ReadonlyMap<string, number>;
  yearParts: ReadonlyMap<string, YearPart>;
  /** Where in a month (底, 上旬): first and last day, "L" for the last. */
  monthPositions: ReadonlyMap<string, readonly [string, string]>;
  /** Recurrence unit → ISO 8601 duration or "semester". */
  every: ReadonlyMap<string, string>;
  dueBefore: readonly string[];
  dueAfter: readonly string[];
  ownYearNext: readonly string[];
  ownYearTopics: readonly string[];
  /** Verbs that make a duration a target value (metrics.json owns the list). */
  durationTargets: readonly string[];
};

const cache = new WeakMap<Grammars, TimeLexicon>();

export function timeLexicon(grammars: Grammars): TimeLexicon {
  const cached = cache.get(grammars);
  if (cached) return cached;
  const year = grammars.rule('time/year').data as { relativeYears: Record<string, number>; parts: Record<string, YearPart> };
  const month = grammars.rule('time/month').data as { positions: Record<string, [string, string]> };
  const every = grammars.rule('time/every').data as { every: Record<string, string> };
  const lexicon: TimeLexicon = {
    rules: grammars.rulesOf('time').map((r) => ({ id: r.id, regex: new RegExp(r.regex.source, r.regex.flags), requires: r.requires })),
    rangeJoin: new RegExp(grammars.rule('time-join/range').regex.source, 'uy'),
    relativeYears: new Map(Object.entries(year.relativeYears)),
    yearParts: new Map(Object.entries(year.parts)),
    monthPositions: new Map(Object.entries(month.positions)),
    every: new Map(Object.entries(every.every)),
    dueBefore: grammars.lexicon('timeDueBefore'),
    dueAfter: grammars.lexicon('timeDueAfter'),
    ownYearNext: grammars.lexicon('timeOwnYearNext'),
    ownYearTopics: grammars.lexicon('timeOwnYearTopics'),
    durationTargets: grammars.lexicon('metricDurationTargets'),
  };
  cache.set(grammars, lexicon);
  return lexicon;
}
