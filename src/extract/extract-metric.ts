import type { Extractor } from './types.js';

/** Placeholder until the metric extractor lands. */
export const extractMetrics: Extractor = () => [];
