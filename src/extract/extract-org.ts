import type { Extractor } from './types.js';

/** Placeholder until the org extractor lands. */
export const extractOrgs: Extractor = () => [];
