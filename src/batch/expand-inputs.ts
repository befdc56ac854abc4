import { lstat, stat } from 'node:fs/promises';
import { isAbsolute, posix, resolve } from 'node:path';

/** What a folder or glob expands to. `.markdown` is read too because `formatOf` knows it. */
export const supportedExtensions = ['txt', 'md', 'markdown', 'docx', 'doc', 'html', 'htm', 'pdf'] as const;

/** One input: `path` as shown in output and messages, `file` the absolute path ('-' for stdin). */
export type InputEntry = { path: string; file: string };

export type Expansion = {
  inputs: InputEntry[];
  /** Names given literally that do not exist: each one is a failed input. */
  missing: string[];
  /** Folders and globs that matched no supported file. */
  empty: string[];
};

const extensionPattern = `**/*.{${supportedExtensions.join(',')}}`;
const supported = new RegExp(`\\.(${supportedExtensions.join('|')})$`, 'i');

/**
 * Arguments to inputs, sorted by path in plain code-unit order so output never depends on the
 * file system's listing order. A named file is taken whatever its extension; folders and globs
 * keep only supported files. Entries that are not files (a folder called x.txt, a broken link)
 * are kept on purpose: the batch reports each of them as a failed input instead of hiding it.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<Expansion> {
  const found = new Map<string, InputEntry>();
  const missing: string[] = [];
  const empty: string[] = [];
  const add = (path: string, file: string) => void found.set(path, { path, file });
  for (const arg of args) {
    if (arg === '-') {
      add('-', '-');
      continue;
    }
    const absolute = resolve(cwd, arg);
    const kind = await kindOf(absolute);
    if (kind === 'directory') {
      const entries = await glob(extensionPattern, absolute);
      for (const rel of entries) add(posix.join(toPosix(arg), rel), resolve(absolute, rel));
      if (entries.length === 0) empty.push(arg);
    } else if (kind === 'file') {
      add(arg, absolute);
    } else if ((await fastGlob()).isDynamicPattern(toPosix(arg))) {
      const pattern = toPosix(arg);
      const entries = (await glob(pattern, cwd)).filter((p) => supported.test(p));
      for (const p of entries) add(p, isAbsolute(p) ? p : resolve(cwd, p));
      if (entries.length === 0) empty.push(arg);
    } else {
      missing.push(arg);
    }
  }
  const inputs = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { inputs, missing, empty };
}

/** Loaded only for a folder or a pattern: one named file starts faster without it. */
async function fastGlob() {
  return (await import('fast-glob')).default;
}

/** Files AND folders and links: see above why non-files are not filtered out here. */
async function glob(pattern: string, cwd: string): Promise<string[]> {
  const fg = await fastGlob();
  return fg(pattern, { cwd, onlyFiles: false, dot: false, caseSensitiveMatch: false, followSymbolicLinks: true, suppressErrors: true });
}

/** 'file' also covers a broken link or an unreadable entry: reading it later gives the reason. */
async function kindOf(path: string): Promise<'file' | 'directory' | 'none'> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'file';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return 'file';
    return (await lstat(path).then(() => true, () => false)) ? 'file' : 'none';
  }
}

function toPosix(path: string): string {
  return path.replaceAll('\\', '/');
}
