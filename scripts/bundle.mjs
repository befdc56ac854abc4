// Part of `npm run build`: the compiled modules of dist/ bundled into a few files under
// dist/bundle/ for the command line. A one-file run otherwise spends a fifth of its time
// resolving and loading some 140 small modules. Lazy imports stay lazy (code splitting);
// packages stay in node_modules (jieba is native; piscina finds its worker by path).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: clear the old ones, or every build would leave its own behind.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { cli: 'dist/cli/run.js', worker: 'dist/batch/worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
