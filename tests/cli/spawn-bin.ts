import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const binPath = fileURLToPath(new URL('../../bin/plan-extract.js', import.meta.url));

export type Spawned = { code: number | null; stdout: Buffer; stderr: string };

/** The real bin (built dist/), as a user runs it. `npm test` builds before vitest runs. */
export function spawnBin(args: string[], options: { cwd: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; nodeArgs?: string[] }): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), binPath, ...args], { cwd: options.cwd, env: { ...process.env, ...options.env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(options.input ?? '');
  });
}
