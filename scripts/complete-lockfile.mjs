// The registry this project is built against serves only the jieba binary for this platform
// (linux-x64-gnu); the others answer 404, so `npm install` leaves them out of the lockfile
// and `npm ci` then refuses the lockfile as out of sync. This adds lock entries for the
// other platforms' binaries with their os/cpu/libc, so `npm ci` skips them as unsupported
// on this machine and installs them elsewhere. Run after `npm install`: node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pkg = JSON.parse(readFileSync('node_modules/@node-rs/jieba/package.json', 'utf8'));
const platform = (name) => {
  const [, os, cpu, abi] = /jieba-([a-z0-9]+)-([a-z0-9]+)(?:-([a-z]+))?$/.exec(name);
  const entry = { os: [os], cpu: [cpu === 'arm' ? 'arm' : cpu] };
  if (abi === 'gnu' || abi === 'gnueabihf') entry.libc = ['glibc'];
  if (abi === 'musl') entry.libc = ['musl'];
  return entry;
};
for (const [name, version] of Object.entries(pkg.optionalDependencies)) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const { os, cpu, libc } = platform(name);
  lock.packages[key] = { version, cpu, ...(libc ? { libc } : {}), license: 'MIT', optional: true, os, engines: { node: '>= 10' } };
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
