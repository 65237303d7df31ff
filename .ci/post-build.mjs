#!/usr/bin/env node
// Trunk post-build hook (see Trunk.toml): writes the service worker into
// the staged build with the list of app-shell files and a version named
// after a hash of their contents, so that each build is one cache version.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR;
if (!staging || !source) {
  console.error('post-build: run by Trunk (TRUNK_STAGING_DIR and TRUNK_SOURCE_DIR are not set)');
  process.exit(1);
}
// The shell: every file at the top of the build, the static assets and the
// reference tables; not the curricula, which change without a rebuild.
const walk = (dir) => readdirSync(join(staging, dir)).flatMap((f) => {
  const p = dir ? `${dir}/${f}` : f;
  return statSync(join(staging, p)).isDirectory() ? walk(p) : [p];
});
// The suggestion worker (`suggest-worker*`) is not precached: it is fetched
// on the first "Suggest" and kept from then on, in the same versioned cache
// (its file names carry no hash, so the version must cover them too).
const isLazy = (p) => p.startsWith('suggest-worker');
const files = walk('')
  .filter((p) => !p.startsWith('curricula/') && p !== 'sw.js')
  .sort();
const shell = files.filter((p) => !isLazy(p));
const lazy = files.filter(isLazy);
const hash = createHash('sha256');
for (const p of files) hash.update(p).update(readFileSync(join(staging, p)));
const version = hash.digest('hex').slice(0, 16);
const template = readFileSync(join(source, 'sw.js'), 'utf8');
writeFileSync(
  join(staging, 'sw.js'),
  template
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace('__SHELL__', JSON.stringify(shell))
    .replace('__LAZY__', JSON.stringify(lazy)),
);
console.log(`post-build: service worker version ${version}, ${shell.length} shell files, ${lazy.length} kept on first use`);
