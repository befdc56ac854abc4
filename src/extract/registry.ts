import type { Extractor, Refiner, WordNeeds } from './types.js';
import { extractMetrics, metricNeeds } from './extract-metric.js';
import { extractTimes } from './extract-time.js';
import { extractPolicies } from './extract-policy.js';
import { extractOrgs } from './extract-org.js';
import { mentionNeeds } from './org/find-mentions.js';
import { extractTerms } from './extract-term.js';

/** What runs on every block, in order. Each extractor is independent of the others. */
export const extractors: readonly Extractor[] = [extractPolicies, extractTerms, extractTimes, extractMetrics, extractOrgs];

/** Where extractors will read jieba's words: those clauses are cut first, in one stretch. */
export const wordNeeds: readonly WordNeeds[] = [metricNeeds, mentionNeeds];

/** Whole-document passes, in order; each returns a new list. */
export const refiners: readonly Refiner[] = [];
