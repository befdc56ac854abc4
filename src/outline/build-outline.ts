import type { Normalized } from '../pipeline/normalize.js';
import type { Format } from '../schema/index.js';
import type { Grammars } from '../grammar/compile.js';
import type { Report } from '../pipeline/report.js';
import type { Outline } from './types.js';

/** Placeholder: the whole text is preamble. */
export function buildOutline(norm: Normalized, _format: Format, _grammars: Grammars, _report: Report): Outline {
  return {
    frontMatter: [],
    preamble: { start: 0, end: norm.text.length },
    sections: [],
    backMatter: [],
    meta: { issuers: [], addressees: [] },
  };
}
