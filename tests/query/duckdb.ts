import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export type Row = Record<string, string | number | null>;

/** DuckDB in memory; rows come back as plain values (BIGINT as number, NULL as null). */
export async function openDuckDB(): Promise<{ all(sql: string): Promise<Row[]>; close(): void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection: DuckDBConnection = await instance.connect();
  return {
    async all(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

function plain(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string') return value;
  throw new Error(`unexpected DuckDB value ${String(value)}`);
}
