import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/index.js';
import { corpus, fixturePath } from '../helpers/fixtures.js';
import type { Task } from '../../src/schema/index.js';

/** A row of fixtures/tasks-blind/: what a clerk wrote for one item, without seeing the parser. */
type KeyRow = { path: string; title: string; deadline: string | null; lead: string[]; support: string[] };

const keyOf = (name: string): KeyRow[] => JSON.parse(readFileSync(new URL(`../../fixtures/tasks-blind/${name.replace(/\.txt$/, '')}.json`, import.meta.url), 'utf8')) as KeyRow[];

describe('tasks of the corpus plans against task tables written blind', () => {
  it.each(corpus)('%s: every item, its deadline and its units', async (name) => {
    const document = await parseText(readFileSync(fixturePath(name), 'utf8'), { path: name });
    // The key keeps an item's inline points in the item: group the parser's tasks the same way.
    const items = new Map<string, Task[]>();
    for (const task of document.tasks) items.set(task.sectionId, [...(items.get(task.sectionId) ?? []), task]);
    const key = keyOf(name);
    expect([...items.keys()]).toHaveLength(key.length);
    [...items.values()].forEach((tasks, i) => {
      const row = key[i]!;
      // The item's own title (a point's path ends with its item too).
      const title = tasks[0]!.path.at(-1)!;
      const dues = tasks.flatMap((t) => (t.deadline ? [t.deadline] : []));
      // The key wrote the date itself; the parser's text may hold its lead as well (到2022年底).
      const printed = dues[0]?.text ?? null;
      const deadline = printed !== null && row.deadline !== null && printed.includes(row.deadline) ? row.deadline : printed;
      const names = (role: 'lead' | 'support') => [...new Set(tasks.flatMap((t) => t[role].map((o) => o.name)))].sort();
      expect({ path: row.path, title: title.slice(0, 4), deadline, lead: names('lead'), support: names('support') }).toEqual({
        path: row.path,
        title: row.title.slice(0, 4),
        deadline: row.deadline,
        lead: [...row.lead].sort(),
        support: [...row.support].sort(),
      });
    });
  });
});
