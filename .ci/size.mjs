#!/usr/bin/env node
// Prints the compressed size (gzip -9 and brotli q11) of what the first page
// load fetches from a release build in dist/, and of what opening a
// curriculum fetches after that.
//
//   node .ci/size.mjs [--dist DIR] [--budget KB]
//
// With --budget, exits 1 when the first load is over KB kilobytes gzip
// (1 KB = 1000 bytes).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const dist = opt('--dist') ?? new URL('../dist', import.meta.url).pathname;
const budget = opt('--budget') ? Number(opt('--budget')) : undefined;

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`no build in ${dist}: run trunk build --offline --release first`);
  process.exit(2);
}

const sizes = (path) => {
  const raw = readFileSync(path);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

// The first page load: what the service worker fetches when it installs
// (index.html and what it references: the hashed JS, wasm and CSS, boot.js,
// the manifest and small icons; read from the built sw.js) and sw.js itself,
// plus what the catalogue page fetches: catalog.toml and, per curriculum,
// curriculum.toml and the default language's about.toml. The rest of the
// shell (reference tables, lms.js, large icons) is fetched on first use.
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const list = (name) => JSON.parse(sw.match(new RegExp(`const ${name} = (\\[[^\\]]*\\]);`))[1]);
const first = [...list('PRECACHE'), 'sw.js'].sort();
const onUse = list('ON_USE');
const isWorker = (f) => f.startsWith('suggest-worker');
const worker = onUse.filter(isWorker);
const catalog = readFileSync(join(dist, 'curricula/catalog.toml'), 'utf8');
const ids = [...(catalog.match(/curricula\s*=\s*\[([^\]]*)\]/)?.[1] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]);
const runtime = ['curricula/catalog.toml'];
const opening = [];
for (const id of ids) {
  const manifestPath = `curricula/${id}/curriculum.toml`;
  if (!existsSync(join(dist, manifestPath))) continue;
  runtime.push(manifestPath);
  const manifest = readFileSync(join(dist, manifestPath), 'utf8');
  const lang = manifest.match(/default_language\s*=\s*"([^"]+)"/)?.[1] ?? 'en';
  runtime.push(`curricula/${id}/${lang}/about.toml`);
}
// Opening the first curriculum in its default language: the reference data
// and every file of that language (its Markdown included).
if (ids.length) {
  const manifest = readFileSync(join(dist, `curricula/${ids[0]}/curriculum.toml`), 'utf8');
  const lang = manifest.match(/default_language\s*=\s*"([^"]+)"/)?.[1] ?? 'en';
  const walk = (dir) => readdirSync(join(dist, dir)).flatMap((f) => {
    const p = `${dir}/${f}`;
    return statSync(join(dist, p)).isDirectory() ? walk(p) : [p];
  });
  // The tables the app fetches are listed in `reference::TABLES`.
  const source = readFileSync(new URL('../src/domain/reference/mod.rs', import.meta.url), 'utf8');
  const tables = source.match(/pub const TABLES[^=]*=\s*\[([^\]]*)\]/)[1].match(/"[^"]+"/g).map((t) => t.slice(1, -1));
  opening.push(...tables.map((f) => `data/${f}`));
  opening.push(...walk(`curricula/${ids[0]}/${lang}`).filter((p) => !p.endsWith('about.toml')));
}

const kb = (n) => (n / 1000).toFixed(1).padStart(8);
const table = (title, files) => {
  console.log(`\n${title}`);
  console.log(`${'file'.padEnd(44)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'brotli KB'.padStart(10)}`);
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const s = sizes(join(dist, f));
    for (const k of Object.keys(total)) total[k] += s[k];
    const name = f.replace(/-[0-9a-f]{12,20}(_bg)?\./, (m, bg) => `-…${bg ?? ''}.`);
    console.log(`${name.padEnd(44)}${kb(s.raw)}${kb(s.gzip)} ${kb(s.brotli)}`);
  }
  console.log(`${'total'.padEnd(44)}${kb(total.raw)}${kb(total.gzip)} ${kb(total.brotli)}`);
  return total;
};

const firstTotal = table('First page load (the catalogue):', [...first, ...runtime]);
if (opening.length) table(`Then, opening "${ids[0]}" (reference data and its files, fetched once):`, opening);
const elsewhere = onUse.filter((f) => !opening.includes(f) && !isWorker(f) && !f.startsWith('i18n/') && !f.startsWith('data/sdg_i18n_'));
if (elsewhere.length) table('Fetched only when used (a learning platform, installing the app):', elsewhere);
if (worker.length) {
  table('On the first "Suggest" (the suggestion engine, fetched once, then kept offline; English):', worker);
  const i18n = ['sdg_i18n_fr.csv', 'sdg_i18n_es.csv'].filter((f) => existsSync(join(dist, 'data', f))).map((f) => `data/${f}`);
  if (i18n.length) table('Then, suggesting in French or Spanish (that language\'s official texts, once):', i18n);
}

if (budget !== undefined) {
  const over = firstTotal.gzip / 1000 > budget;
  console.log(`\nBudget: ${budget} KB gzip for the first load: ${over ? 'OVER' : 'within'} (${(firstTotal.gzip / 1000).toFixed(1)} KB)`);
  process.exit(over ? 1 : 0);
}
