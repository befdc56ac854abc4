import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus, fixturePath } from '../helpers/fixtures.js';

/** What a generated folder holds: the good plans and the bad inputs with the reason expected for each. */
export type PlanFolder = { dir: string; good: string[]; bad: Record<string, RegExp> };

/**
 * A folder of plans as an analyst gets them: the five corpus plans in several copies and
 * encodings (renamed, CRLF, UTF-16 with BOM, Markdown, HTML, PDF, Word 97–2003, nested folders),
 * plus the bad inputs a real batch meets. Paths are relative to `root`, as the CLI prints them.
 */
export function makePlanFolder(root: string, name = 'plans', copies = 2): PlanFolder {
  const dir = join(root, name);
  mkdirSync(join(dir, 'county', 'x.txt'), { recursive: true });
  const good: string[] = [];
  const put = (rel: string, bytes: string | Uint8Array) => {
    writeFileSync(join(dir, rel), bytes);
    good.push(`${name}/${rel}`);
  };
  for (const file of corpus) {
    const text = readFileSync(fixturePath(file), 'utf8');
    const stem = file.replace(/\.txt$/, '');
    for (let i = 1; i <= copies; i++) put(`county/${stem}-${i}.txt`, text);
    cpSync(fixturePath(file), join(dir, file));
    good.push(`${name}/${file}`);
    put(`${stem}-crlf.txt`, text.replace(/\n/g, '\r\n'));
    put(`${stem}-utf16.txt`, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  }
  put('瓮安2022.md', readFileSync(fixturePath('瓮安2022.txt'), 'utf8').replace(/^([一二三四五六七八九十]+、)/gm, '## $1'));
  const html = readFileSync(fixturePath('桐庐2022.txt'), 'utf8').split('\n').map((l) => `<p>${l}</p>`).join('\n');
  put('桐庐2022.html', `<html><head><title>t</title></head><body><div>来源：桐庐县教育局</div>${html}</body></html>`);
  // Made once from the corpus with LibreOffice: tests/input/fixtures/README.md.
  const made = (file: string) => readFileSync(fileURLToPath(new URL(`../input/fixtures/${file}`, import.meta.url)));
  put('桐庐2022.pdf', made('桐庐2022.pdf'));
  put('大邑2021.doc', made('大邑2021.doc'));
  const bad: Record<string, RegExp> = {
    [`${name}/empty.txt`]: /empty/,
    [`${name}/image.txt`]: /binary/,
    [`${name}/garbage.txt`]: /undecodable/,
    [`${name}/county/x.txt`]: /directory/,
    [`${name}/broken.txt`]: /broken symbolic link/,
    [`${name}/scanned.pdf`]: /no text layer/,
    [`${name}/encrypted.pdf`]: /encrypted PDF/,
  };
  writeFileSync(join(dir, 'scanned.pdf'), made('scanned.pdf'));
  writeFileSync(join(dir, 'encrypted.pdf'), made('encrypted.pdf'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'garbage.txt'), Buffer.from([0xff, 0x41, 0xff, 0xff, 0x80, 0xff, 0xc3, 0x28, 0xff]));
  symlinkSync(join(dir, 'gone.txt'), join(dir, 'broken.txt'));
  writeFileSync(join(dir, 'notes.csv'), 'not a plan');
  return { dir, good: good.sort(), bad };
}
