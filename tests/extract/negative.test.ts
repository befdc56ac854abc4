import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/index.js';
import { fixturePath } from '../helpers/fixtures.js';

/**
 * A whole plan made of the traps of the genre — its own year, slogans with numbers (四个意识,
 * 两个确立, 1+X, “5531”), set phrases (一体化, 进一步, 一批), a document number, an edition year,
 * 每月之星, “十四五” as a name, grades, programme names, generic plurals — must yield no metric,
 * time, organisation or policy. Its quoted slogans are terms, as printed.
 */
describe('negative fixture: traps of the genre', () => {
  it('yields no metrics, times, orgs or policies', async () => {
    const doc = await parseFile(fixturePath('negative-traps.txt'));
    expect(readFileSync(fixturePath('negative-traps.txt'), 'utf8')).toContain('国发〔2022〕2号');
    expect(doc.sections.length).toBe(2);
    expect({ metrics: doc.metrics, times: doc.times, orgs: doc.orgs, policies: doc.policies }).toEqual({ metrics: [], times: [], orgs: [], policies: [] });
    expect(doc.terms.map((t) => t.name)).toEqual(['四个意识', '四个自信', '两个维护', '两个确立', '1+X', '5531', '十四五']);
  });
});
