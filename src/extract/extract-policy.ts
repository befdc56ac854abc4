import type { Extractor } from './types.js';

/** Placeholder until the policy extractor lands. */
export const extractPolicys: Extractor = () => [];
