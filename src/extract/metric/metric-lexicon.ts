import { alternation, type Grammars } from '../../grammar/compile.js';

/** What the metric mechanisms read from grammars/metrics.json, gathered once per grammar set. */
export type MetricLexicon = {
  /** `requires`: one of the rule's required words, as one expression (a block is scanned once, not once per word). */
  rules: readonly { id: string; regex: RegExp; requires?: RegExp; units?: Readonly<Record<string, string>> }[];
  scales: ReadonlyMap<string, number>;
  baseUnits: ReadonlyMap<string, string>;
  /** Units that are a multiple of their base unit (成 is 10 %). */
  unitFactors: ReadonlyMap<string, number>;
  /** Comparator words printed before a number, longest first so 不低于 is not read as 低于. */
  before: readonly { word: string; cmp: '>=' | '<=' | '~' }[];
  greaterAfter: ReadonlySet<string>;
  lessAfter: ReadonlySet<string>;
  approxAfter: ReadonlySet<string>;
  /** Comparators that govern a number further on in their clause (至少带队检查1次). */
  scopeBefore: readonly { word: string; cmp: '>=' | '<=' }[];
  ordinalBefore: readonly string[];
  setPhrases: readonly string[];
  sloganHeads: readonly string[];
  nameTails: readonly string[];
  timeTails: readonly string[];
  durationTargets: readonly string[];
  periodBefore: readonly string[];
  yearQualifiers: readonly string[];
  sessionTails: readonly string[];
  packageNouns: readonly string[];
  citingVerbs: readonly string[];
  nameNouns: readonly string[];
  countUnits: ReadonlySet<string>;
  indefiniteBefore: readonly string[];
  vagueHeads: ReadonlySet<string>;
  timeUnits: ReadonlySet<string>;
  frequencyUnits: ReadonlySet<string>;
  /** Words that turn the word before them into a measure noun (就诊 + 率). */
  measureSuffixes: ReadonlySet<string>;
  /** Units of a share (the metricPercent part: %, ‰, 个百分点, /10万): they qualify the rate before them. */
  shareUnit: RegExp;
};

const cache = new WeakMap<Grammars, MetricLexicon>();

// Longest first, so 不超过 is tried before 超过.
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);

export function metricLexicon(grammars: Grammars): MetricLexicon {
  const cached = cache.get(grammars);
  if (cached) return cached;
  const quantity = grammars.rule('metric/quantity');
  const data = (quantity.data ?? {}) as { scales?: Record<string, number>; baseUnits?: Record<string, string>; unitFactors?: Record<string, number> };
  // Order matters: each rule claims its characters before the next one looks. Ranges claim
  // 8至10所 before the quantity rule sees 10所; the quantity rule claims 10/10万 (a rate) before
  // the fraction rule could read 10/10; a bare number after a comparator is the last resort.
  const order = ['metric/percent-han', 'metric/fraction-han', 'metric/range', 'metric/quantity', 'metric/fraction', 'metric/bare-limit'];
  const rules = order.map((id) => {
    const rule = grammars.rule(id);
    const requires = rule.requires ? new RegExp(alternation(rule.requires), 'u') : undefined;
    return { id, regex: new RegExp(rule.regex.source, rule.regex.flags), requires, units: rule.data?.units as Record<string, string> | undefined };
  });
  const words = (name: string) => grammars.lexicon(name);
  const scope = new Set(words('metricScopeBefore'));
  const lexicon: MetricLexicon = {
    rules,
    scales: new Map(Object.entries(data.scales ?? {})),
    baseUnits: new Map(Object.entries(data.baseUnits ?? {})),
    unitFactors: new Map(Object.entries(data.unitFactors ?? {})),
    before: [
      ...words('metricGreaterBefore').map((word) => ({ word, cmp: '>=' as const })),
      ...words('metricLessBefore').map((word) => ({ word, cmp: '<=' as const })),
      ...words('metricApproxBefore').map((word) => ({ word, cmp: '~' as const })),
    ].sort((a, b) => b.word.length - a.word.length),
    greaterAfter: new Set(words('metricGreaterAfter')),
    lessAfter: new Set(words('metricLessAfter')),
    approxAfter: new Set(words('metricApproxAfter')),
    scopeBefore: [
      ...words('metricGreaterBefore').filter((w) => scope.has(w)).map((word) => ({ word, cmp: '>=' as const })),
      ...words('metricLessBefore').filter((w) => scope.has(w)).map((word) => ({ word, cmp: '<=' as const })),
    ].sort((a, b) => b.word.length - a.word.length),
    ordinalBefore: byLength(words('metricOrdinalBefore')),
    setPhrases: byLength(words('metricSetPhrases')),
    sloganHeads: byLength(words('metricSloganHeads')),
    nameTails: byLength(words('metricNameTails')),
    timeTails: byLength(words('metricTimeTails')),
    durationTargets: words('metricDurationTargets'),
    periodBefore: byLength(words('metricPeriodBefore')),
    yearQualifiers: byLength(words('metricYearQualifiers')),
    sessionTails: byLength(words('metricSessionTails')),
    packageNouns: byLength(words('metricPackageNouns')),
    citingVerbs: words('metricCitingVerbs'),
    nameNouns: byLength(words('metricNameNouns')),
    countUnits: new Set(words('metricCountUnits')),
    indefiniteBefore: byLength(words('metricIndefiniteBefore')),
    vagueHeads: new Set(words('metricVagueHeads')),
    timeUnits: new Set(words('metricTimeUnits')),
    frequencyUnits: new Set(words('metricFrequencyUnits')),
    measureSuffixes: new Set(words('metricMeasureSuffixes')),
    shareUnit: new RegExp(`^(?:${grammars.part('metricPercent')})$`, 'u'),
  };
  cache.set(grammars, lexicon);
  return lexicon;
}
