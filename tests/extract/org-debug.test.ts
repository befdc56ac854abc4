import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractFrom } from '../helpers/doc-context.js';
import { extractOrgs } from '../../src/extract/extract-org.js';
it('debug', () => {
  const s = readFileSync('/tmp/owner.txt', 'utf8');
  console.log(extractFrom(extractOrgs, s).drafts.map((d) => `${d.text}|${d.name}|${d.type}|${d.role}|${d.rule}`).join('\n'));
});
