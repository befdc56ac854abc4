import type { Extractor } from './types.js';

/** Placeholder until the time extractor lands. */
export const extractTimes: Extractor = () => [];
