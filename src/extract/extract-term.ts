import type { Extractor } from './types.js';

/** Placeholder until the term extractor lands. */
export const extractTerms: Extractor = () => [];
