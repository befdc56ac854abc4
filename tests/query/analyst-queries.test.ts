import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { convertBatch } from '../../src/batch/convert-batch.js';
import { expandInputs } from '../../src/batch/expand-inputs.js';
import type { PlanDocument } from '../../src/schema/index.js';
import { fixturesDir } from '../helpers/fixtures.js';
import { fakeIo } from '../cli/fake-io.js';
import { openDuckDB, type Row } from './duckdb.js';

// The analyst queries of README "Querying a corpus", run by DuckDB over the CSV tables and over
// the JSON Lines of the same batch, must answer what the library computes from the documents.
const percentTargets = `SELECT region, year, path, section_id, text, normalized_value AS percent, subject
  FROM metrics WHERE normalized_unit = '%' AND cmp = '>=' ORDER BY region, year, path, start_offset`;
const percentTargetsByRegionYear = `SELECT region, year, count(*) AS targets
  FROM metrics WHERE normalized_unit = '%' AND cmp = '>=' GROUP BY region, year ORDER BY region, year`;
const policiesMostCited = `SELECT name, count(*) AS citations, count(DISTINCT path) AS plans
  FROM policies GROUP BY name ORDER BY citations DESC, plans DESC, name`;
const educationTasksFirstHalf = `SELECT path, task_id, title, lead, deadline_iso FROM tasks
  WHERE lead LIKE '%教育局%' AND deadline_iso IS NOT NULL AND month(CAST(deadline_iso AS DATE)) <= 6
  ORDER BY path, start_offset`;

/** The tables as files: `parse --csv --out`, typed the way docs/csv.md says (section_id is text). */
const csvViews = (dir: string) => [
  ...['metrics', 'policies'].map((t) => `CREATE VIEW ${t} AS SELECT * FROM read_csv('${dir}/${t}.csv', types = {'section_id': 'VARCHAR'})`),
  `CREATE VIEW tasks AS SELECT * FROM read_csv('${dir}/tasks.csv', types = {'section_id': 'VARCHAR', 'task_id': 'VARCHAR', 'deadline_iso': 'VARCHAR'})`,
];
/** The same tables from JSON Lines of `parse --records` (error lines have no schemaVersion). */
const jsonViews = (file: string) => [
  `CREATE VIEW documents AS SELECT * FROM read_json('${file}') WHERE schemaVersion IS NOT NULL`,
  `CREATE VIEW metrics AS SELECT d.source.path AS path, d.meta.region AS region, d.meta.year AS year, m.sectionId AS section_id,
     m.text, m.normalized.value AS normalized_value, m.normalized.unit AS normalized_unit, m.cmp, m.subject, m.span.start."offset" AS start_offset
     FROM documents d, unnest(d.metrics) AS t(m)`,
  `CREATE VIEW policies AS SELECT d.source.path AS path, p.name FROM documents d, unnest(d.policies) AS t(p)`,
  `CREATE VIEW tasks AS SELECT d.source.path AS path, k.id AS task_id, k.title, array_to_string(list_transform(k.lead, o -> o.name), '、') AS lead,
     CAST(k.deadline.iso AS VARCHAR) AS deadline_iso, k.span.start."offset" AS start_offset
     FROM documents d, unnest(d.tasks) AS t(k)`,
];

let dir: string;
let documents: PlanDocument[];
const answers: Record<'csv' | 'jsonl', Record<string, Row[]>> = { csv: {}, jsonl: {} };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-extract-query-'));
  const root = join(fixturesDir, '..');
  const { inputs } = await expandInputs(['fixtures'], root);
  documents = [];
  for await (const result of convertBatch(inputs, { jobs: 1 })) if (result.ok) documents.push(result.document);
  const csv = await run(['parse', 'fixtures', '--csv', '--out', join(dir, 'csv'), '--jobs', '1', '--quiet'], fakeIo(root));
  // The JSON Lines as a cluster job makes them: records in (one of them broken), one line each out.
  const records = [...inputs.map((i) => JSON.stringify({ path: i.path, base64: readFileSync(i.file).toString('base64') })), 'not a record'];
  const io = fakeIo(root, { input: records.join('\n') });
  const jsonl = await run(['parse', '--records', '-', '--out', join(dir, 'jsonl'), '--jobs', '1', '--quiet'], io);
  expect([csv, jsonl]).toEqual([1, 1]); // fixtures/empty.txt is refused, and the broken record
  for (const [source, views] of [['csv', csvViews(join(dir, 'csv'))], ['jsonl', jsonViews(join(dir, 'jsonl', 'documents.jsonl'))]] as const) {
    const db = await openDuckDB();
    for (const view of views) await db.all(view);
    for (const [name, sql] of Object.entries({ percentTargets, percentTargetsByRegionYear, policiesMostCited, educationTasksFirstHalf })) answers[source][name] = await db.all(sql);
    db.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Sorts like the SQL: by the given keys, NULLs last, strings by code unit (DuckDB's default collation on this text). */
function orderBy<T extends Row>(rows: T[], ...keys: (string | [string, 'desc'])[]): T[] {
  const cmp = (a: Row[string], b: Row[string]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
  return [...rows].sort((x, y) => {
    for (const key of keys) {
      const [k, desc] = Array.isArray(key) ? [key[0], true] : [key, false];
      const c = cmp(x[k]!, y[k]!);
      if (c !== 0) return desc ? -c : c;
    }
    return 0;
  });
}

function expectedPercentTargets() {
  const rows = documents.flatMap((d) =>
    d.metrics
      .filter((m) => m.normalized.unit === '%' && m.cmp === '>=')
      .map((m) => ({ region: d.meta.region ?? null, year: d.meta.year ?? null, path: d.source.path, section_id: m.sectionId, text: m.text, percent: m.normalized.value, subject: m.subject ?? null, start_offset: m.span.start.offset })),
  );
  return orderBy(rows, 'region', 'year', 'path', 'start_offset').map(({ start_offset: _, ...row }) => row);
}

describe.each(['csv', 'jsonl'] as const)('DuckDB over the %s of a batch answers what the library computes', (source) => {
  it('every percentage target with >=, by region and year', () => {
    const expected = expectedPercentTargets();
    expect(expected.length).toBeGreaterThan(5); // the fixtures hold such targets: the query is not vacuous
    expect(answers[source].percentTargets).toEqual(expected);
    const counts = new Map<string, Row>();
    for (const { region, year } of expected) {
      const key = JSON.stringify([region, year]);
      counts.set(key, { region, year, targets: Number(counts.get(key)?.targets ?? 0) + 1 });
    }
    expect(answers[source].percentTargetsByRegionYear).toEqual(orderBy([...counts.values()], 'region', 'year'));
  });

  it('the policy most often cited (all policies ranked by citations, then plans, then name)', () => {
    const cited = new Map<string, { name: string; citations: number; paths: Set<string> }>();
    for (const d of documents) {
      for (const p of d.policies) {
        const entry = cited.get(p.name) ?? { name: p.name, citations: 0, paths: new Set<string>() };
        entry.citations++;
        entry.paths.add(d.source.path);
        cited.set(p.name, entry);
      }
    }
    const expected = orderBy([...cited.values()].map(({ name, citations, paths }) => ({ name, citations, plans: paths.size })), ['citations', 'desc'], ['plans', 'desc'], 'name');
    expect(expected[0]!.citations).toBeGreaterThan(1);
    expect(answers[source].policiesMostCited).toEqual(expected);
  });

  it('tasks whose lead is a 教育局 and whose deadline falls in the first half of the year', () => {
    const rows = documents.flatMap((d) =>
      d.tasks
        .map((t) => ({ path: d.source.path, task_id: t.id, title: t.title, lead: t.lead.map((o) => o.name).join('、'), deadline_iso: t.deadline?.iso ?? null, start_offset: t.span.start.offset }))
        .filter((t) => t.lead.includes('教育局') && t.deadline_iso !== null && Number(t.deadline_iso.slice(5, 7)) <= 6),
    );
    const expected = orderBy(rows, 'path', 'start_offset').map(({ start_offset: _, ...row }) => row);
    expect(expected.length).toBeGreaterThan(0); // the fixtures hold such tasks: the query is not vacuous
    expect(answers[source].educationTasksFirstHalf).toEqual(expected);
  });
});
