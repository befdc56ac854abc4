import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseBytes } from '../../src/pipeline/process-file.js';

it('dump', async () => {
  const out: string[] = [];
  for (const f of readdirSync('/work/shared/corpus').filter((n) => n.endsWith('.txt'))) {
    const doc = await parseBytes(readFileSync(`/work/shared/corpus/${f}`), { path: f });
    out.push(`## ${f}`);
    for (const o of doc.orgs) out.push(`${o.sectionId}\t${o.name}\t${o.type}\t${o.role}\t${o.rule}`);
  }
  console.log(out.join('\n'));
}, 60000);
