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
// The shell: every file of the build but the curricula, which change
// without a rebuild. Two parts: what index.html references (and boot.js,
// which starts the app) is fetched when the service worker installs, so the
// app starts offline after the first visit; the rest (the reference tables,
// lms.js, the large icons) is kept the first time it is used, so a first
// visit does not download what it may never need.
const walk = (dir) => readdirSync(join(staging, dir)).flatMap((f) => {
  const p = dir ? `${dir}/${f}` : f;
  return statSync(join(staging, p)).isDirectory() ? walk(p) : [p];
});
const shell = walk('')
  .filter((p) => !p.startsWith('curricula/') && p !== 'sw.js')
  .sort();
const index = readFileSync(join(staging, 'index.html'), 'utf8');
// Attribute values, quoted or not (the release build's HTML is minified).
const referenced = new Set(
  [...index.matchAll(/\s(?:href|src|data-js|data-wasm)=(?:"([^"]*)"|([^\s>"]+))/g)]
    .map((m) => (m[1] ?? m[2]).replace(/^\.\//, '').replace(/[?#].*$/, '')),
);
const precache = shell.filter((p) => p === 'index.html' || referenced.has(p));
const onUse = shell.filter((p) => !precache.includes(p));
const hash = createHash('sha256');
for (const p of shell) hash.update(p).update(readFileSync(join(staging, p)));
const version = hash.digest('hex').slice(0, 16);
const template = readFileSync(join(source, 'sw.js'), 'utf8');
writeFileSync(
  join(staging, 'sw.js'),
  template
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace('__PRECACHE__', JSON.stringify(precache))
    .replace('__ON_USE__', JSON.stringify(onUse)),
);
console.log(`post-build: service worker version ${version}, ${precache.length} shell files fetched at install, ${onUse.length} kept on first use`);
