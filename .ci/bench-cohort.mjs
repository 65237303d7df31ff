#!/usr/bin/env node
// Measures, in headless Chromium on this machine, cohort analytics of many
// results files of the full course (`cca-migration`) on `#/trainer/cohort`
// of the release build in dist/:
//  - the analysis itself (`cca-lab:cohort` performance measure: reading
//    every file with the browser's JSON and computing every statistic);
//  - from choosing the files (the input's `change` event) to the report
//    painted: reading the files, the analysis and rendering every table.
//
//   cargo run --release --example cohort-sample -- curricula/cca-migration 1000 /tmp/cohort-1000
//   node .ci/bench-cohort.mjs --files /tmp/cohort-1000 [--dist DIR] [--runs N]
//
// Prints figures; it asserts nothing (the target, under 2 s for 1,000
// files, is in the README).
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { openSite } from './bench-site.mjs';

const args = process.argv.slice(2);
const opt = (n) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
const root = new URL('..', import.meta.url).pathname;
const dist = opt('--dist') ?? join(root, 'dist');
const dir = opt('--files');
const runs = Number(opt('--runs') ?? 5);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`no build in ${dist}: run trunk build --offline --release first`);
  process.exit(2);
}
if (!dir || !existsSync(dir)) {
  console.error('give --files FOLDER, made by `cargo run --release --example cohort-sample -- curricula/cca-migration 1000 FOLDER`');
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));

const site = mkdtempSync(join(tmpdir(), 'cca-bench-cohort-'));
cpSync(dist, join(site, 'app'), { recursive: true });
const { base, browser, close } = await openSite(site);
const analysis = [];
const reading = [];
const rendering = [];
const total = [];
let trainees = '';
try {
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${base}#/trainer/cohort`);
    const input = page.locator('#cohort-files');
    await input.waitFor({ state: 'attached', timeout: 60000 });
    // Timed in the page from the input's `change` event (after the driver
    // has handed the browser the files) to the frame that paints the report.
    await page.evaluate(() => document.addEventListener('change', () => { window.__chosen = performance.now(); }, { capture: true, once: true }));
    await input.setInputFiles(files);
    await page.getByTestId('cohort-report').waitFor({ timeout: 120000 });
    total.push(await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now() - window.__chosen))))));
    const [m] = await page.evaluate(() => performance.getEntriesByName('cca-lab:cohort').map((e) => ({ start: e.startTime - window.__chosen, duration: e.duration })));
    analysis.push(m.duration);
    reading.push(m.start);
    rendering.push(total[total.length - 1] - m.start - m.duration);
    trainees = await page.getByTestId('cohort-trainees').textContent();
    await ctx.close();
  }
} finally {
  await close();
}
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};
const ms = (x) => x.toFixed(0).padStart(8);
console.log(`Cohort analytics in the browser (Chromium ${browser.version()}, headless, this machine; ms)`);
console.log(`${files.length} results files of the full course, ${trainees} trainees analysed`);
console.log(`${'what'.padEnd(52)}${'n'.padStart(4)}${'median'.padStart(9)}${'max'.padStart(9)}`);
for (const [w, xs] of [
  ['reading the files (change event → analysis starts)', reading],
  ['analysis (read JSON + every statistic)', analysis],
  ['rendering (analysis done → report painted)', rendering],
  ['files chosen → report painted', total],
]) {
  const s = stats(xs);
  console.log(`${w.padEnd(52)}${String(s.n).padStart(4)}${ms(s.median)} ${ms(s.max)}`);
}
console.log('\nTarget: 1,000 results files of the full course analysed in under 2,000 ms.');
