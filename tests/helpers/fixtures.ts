import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));

const INPUT = /\.(txt|md|docx|html?)$/;

/** Every fixture input file name, sorted. */
export function fixtureInputs(): string[] {
  return readdirSync(fixturesDir).filter((n) => INPUT.test(n)).sort();
}

export const fixturePath = (name: string) => join(fixturesDir, name);

/** The five published plans. */
export const corpus = ['大邑2021.txt', '巫山2023.txt', '桐庐2022.txt', '清远2022.txt', '瓮安2022.txt'];
