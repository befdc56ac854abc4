import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseBytes } from '../../src/pipeline/process-file.js';
it('dump', async () => {
  for (const f of ['fixtures/flattened-table.txt', '/tmp/owner.txt']) {
    const doc = await parseBytes(readFileSync(f), { path: f });
    console.log(doc.orgs.map((o) => `${o.sectionId}\t${o.name}\t${o.type}\t${o.role}\t${o.rule}\t${o.span.start.line}`).join('\n'));
  }
});
