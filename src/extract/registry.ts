import type { Extractor, Refiner } from './types.js';
import { extractMetrics } from './extract-metric.js';
import { extractTimes } from './extract-time.js';
import { extractPolicies } from './extract-policy.js';
import { extractOrgs } from './extract-org.js';
import { extractTerms } from './extract-term.js';

/** What runs on every block, in order. Each extractor is independent of the others. */
export const extractors: readonly Extractor[] = [extractPolicies, extractTerms, extractTimes, extractMetrics, extractOrgs];

/** Whole-document passes, in order; each returns a new list. */
export const refiners: readonly Refiner[] = [];
