#!/usr/bin/env node
// Measures, in headless Chromium on this machine, the release build in
// dist/ served by a plain static server:
//  - analytics of a workspace of 500 priorities × 5 links (first render and
//    recomputes after a change), read from the app's `cca-lab:analytics`
//    performance measures;
//  - scoring a mapping exercise of 500 priorities × 5 choices, from
//    `cca-lab:score`, with the analytics of the answers;
//  - the picker: time from a keystroke to the next painted frame while
//    typing over the full reference set;
//  - suggestions: "Suggest for all" on a workspace of plan priorities (the
//    English priorities of src/domain/suggest/dev_set.txt): the first
//    answer (the worker fetched, its index built) and the time per
//    priority, read from the worker's `cca-lab:suggest` measures.
//
//   node .ci/bench-browser.mjs [--dist DIR] [--runs N]
//
// Prints figures; it asserts nothing (see README for the targets).
import { cpSync, mkdtempSync, writeFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { openSite } from './bench-site.mjs';

const args = process.argv.slice(2);
const opt = (n) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
const root = new URL('..', import.meta.url).pathname;
const dist = opt('--dist') ?? join(root, 'dist');
const runs = Number(opt('--runs') ?? 20);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`no build in ${dist}: run trunk build --offline --release first`);
  process.exit(2);
}

// Reference codes from the shipped data, to spread links realistically.
const csvCodes = (file) => readFileSync(join(root, 'src/domain/reference/data', file), 'utf8')
  .split('\n').slice(1).map((l) => l.split(',')[0]).filter(Boolean);
const targets = csvCodes('sdg_targets.csv');
const indicators = csvCodes('sdg_indicators.csv');
const refAt = (i) => (i % 3 === 0 ? `gcm:${(i % 23) + 1}` : i % 3 === 1 ? `sdg:${targets[i % targets.length]}` : `sdg:${indicators[i % indicators.length]}`);

// A workspace of 500 priorities × 5 links, as `Workspace::to_json` stores it.
const workspace = {
  format: 'cca-lab-workspace', version: 1, name: 'Benchmark plan',
  priorities: Array.from({ length: 500 }, (_, p) => ({
    id: `p${p + 1}`, text: `Priority ${p + 1} of the benchmark plan`,
    links: Array.from({ length: 5 }, (_, k) => ({ ref: refAt(p * 7 + k * 11), official_text: '', note: '' })),
  })),
};

// A curriculum with one mapping exercise of 500 priorities, 3 expected
// references each, and saved choices of 5 references per priority.
const site = mkdtempSync(join(tmpdir(), 'cca-bench-'));
const app = join(site, 'app');
cpSync(dist, app, { recursive: true });
const cur = join(app, 'curricula/bench/en');
mkdirSync(cur, { recursive: true });
writeFileSync(join(app, 'curricula/bench/curriculum.toml'), 'format = 1\nid = "bench"\nversion = "1"\ndefault_language = "en"\nlanguages = ["en"]\nmodules = ["m"]\n');
writeFileSync(join(cur, 'about.toml'), 'title = "Benchmark"\n');
let toml = 'title = "M"\n\n[[lesson]]\nid = "l"\ntitle = "L"\n\n[[lesson.step]]\nid = "map"\nkind = "mapping"\nprompt = "Map."\nframeworks = ["gcm", "sdg_targets", "sdg_indicators"]\n';
const draft = {};
for (let p = 0; p < 500; p++) {
  const expected = [0, 1, 2].map((k) => refAt(p * 5 + k * 13));
  const uniq = [...new Set(expected)];
  toml += `\n[[lesson.step.priority]]\nid = "p${p}"\ntext = "Priority ${p}"\nexpected = [${uniq.map((r) => `{ ref = "${r}", rationale = "r" }`).join(', ')}]\n`;
  draft[`p${p}`] = [...new Set([uniq[0], refAt(p * 5 + 1 + 13), refAt(p * 3 + 2), refAt(p * 17 + 1), refAt(p * 19 + 2)])];
}
writeFileSync(join(cur, 'm.toml'), toml);
writeFileSync(join(app, 'curricula/catalog.toml'), 'format = 1\ncurricula = ["starter", "bench"]\n');
const progress = { schema: 2, curricula: { bench: { mappings: { 'm/l/map': { draft, attempts: [] } } } } };

const { base, browser, close } = await openSite(site);
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (f) => s[Math.min(s.length - 1, Math.floor(f * s.length))];
  return { n: s.length, median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
};
const rows = [];
const row = (what, xs) => { const s = stats(xs); rows.push([what, s.n, s.median, s.p95, s.max]); };
const measures = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);

try {
  // 1. Workspace analytics.
  const ctx = await browser.newContext();
  await ctx.addInitScript((ws) => { if (!localStorage.getItem('cca-lab.workspace.1')) localStorage.setItem('cca-lab.workspace.1', ws); }, JSON.stringify(workspace));
  const page = await ctx.newPage();
  await page.goto(`${base}#/w/1`);
  await page.waitForSelector('[data-testid=analytics] svg.heatmap', { timeout: 60000 });
  const first = await measures(page, 'cca-lab:analytics');
  row('workspace 500×5: analytics, first render (cold)', first.slice(0, 1));
  // Recompute after changes: add and remove a link on the first priority.
  const input = page.locator('[role=combobox]').first();
  for (let i = 0; i < runs; i++) {
    await input.focus();
    await input.fill(`gcm ${(i % 23) + 1}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Backspace');
  }
  await page.waitForFunction((n) => performance.getEntriesByName('cca-lab:analytics').length >= n, 1 + runs);
  row('workspace 500×5: analytics, recompute after a change', (await measures(page, 'cca-lab:analytics')).slice(1));

  // 2. Typing in the picker over the full reference set: keystroke to the
  // next painted frame.
  const perKey = await page.evaluate(async (text) => {
    const el = document.querySelector('[role=combobox]');
    el.focus();
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const out = [];
    for (let rep = 0; rep < 3; rep++) {
      setter.call(el, '');
      el.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      for (let i = 1; i <= text.length; i++) {
        const t0 = performance.now();
        setter.call(el, text.slice(0, i));
        el.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => r()));
        out.push(performance.now() - t0);
      }
    }
    return out;
  }, 'recruitment fees migrant workers');
  row('picker: keystroke to next frame (words)', perKey);
  await ctx.close();

  // 3. Scoring a 500-priority exercise, and the analytics of the answers.
  const ctx2 = await browser.newContext();
  await ctx2.addInitScript((p) => { if (!localStorage.getItem('cca-lab.progress')) localStorage.setItem('cca-lab.progress', p); }, JSON.stringify(progress));
  const page2 = await ctx2.newPage();
  await page2.goto(`${base}#/c/bench/m/l`);
  const submit = page2.locator('[data-testid=mapping] .mapping-actions button');
  await submit.waitFor({ timeout: 120000 });
  await submit.click();
  await page2.waitForFunction(() => performance.getEntriesByName('cca-lab:score').length >= 1, null, { timeout: 60000 });
  await page2.waitForFunction(() => performance.getEntriesByName('cca-lab:analytics').length >= 1, null, { timeout: 60000 });
  const cold = { score: (await measures(page2, 'cca-lab:score'))[0], analytics: (await measures(page2, 'cca-lab:analytics'))[0] };
  // Warm: try again and submit again.
  for (let i = 0; i < 10; i++) {
    await submit.click();
    await submit.click();
  }
  await page2.waitForFunction(() => performance.getEntriesByName('cca-lab:score').length >= 11, null, { timeout: 60000 });
  const score = await measures(page2, 'cca-lab:score');
  const analytics = await measures(page2, 'cca-lab:analytics');
  row('exercise 500×5: scoring, first submit', [cold.score]);
  row('exercise 500×5: analytics of the answers, first', [cold.analytics]);
  row('exercise 500×5: scoring, later submits', score.slice(1));
  row('exercise 500×5: analytics of the answers, later', analytics.slice(1));
  row('exercise 500×5: scoring + analytics, later', score.slice(1).map((s, i) => s + (analytics[i + 1] ?? analytics[analytics.length - 1])));
  await ctx2.close();

  // 4. Suggestions: the engine runs in its web worker.
  const devTexts = readFileSync(join(root, 'src/domain/suggest/dev_set.txt'), 'utf8').split('\n')
    .filter((l) => l.startsWith('en |')).map((l) => l.split('|').slice(3).join('|').trim());
  const plan = {
    format: 'cca-lab-workspace', version: 1, name: 'Suggestion benchmark',
    priorities: devTexts.map((text, p) => ({ id: `p${p + 1}`, text, links: [] })),
  };
  const ctx3 = await browser.newContext();
  await ctx3.addInitScript((ws) => { if (!localStorage.getItem('cca-lab.workspace.2')) localStorage.setItem('cca-lab.workspace.2', ws); }, JSON.stringify(plan));
  const page3 = await ctx3.newPage();
  await page3.goto(`${base}#/w/2`);
  const all = page3.getByRole('button', { name: 'Suggest for all' });
  await all.waitFor({ timeout: 60000 });
  const t0 = Date.now();
  await all.click();
  await page3.waitForFunction(() => /for \d+ priorities/.test(document.querySelector('[data-testid=suggest-status]').textContent), null, { timeout: 120000 });
  row(`suggest for all ${devTexts.length} priorities, first (worker + index + suggest + render)`, [Date.now() - t0]);
  const [worker] = page3.workers();
  const durations = () => worker.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), 'cca-lab:suggest');
  row('  per text, first batch (cold code)', await durations());
  // Warm: "Suggest for all" again, then single priorities.
  for (let rep = 0; rep < 3; rep++) {
    const before = (await durations()).length;
    await all.click();
    while ((await durations()).length < before + devTexts.length) await new Promise((r) => setTimeout(r, 20));
  }
  const warmBatch = (await durations()).slice(devTexts.length);
  row('  per text, later batches', warmBatch);
  // The development set mixes plan priorities (one line) and paragraphs.
  const short = (i) => devTexts[i % devTexts.length].length < 160;
  row('  per priority (under 160 characters), later', warmBatch.filter((_, i) => short(i)));
  row('  per paragraph (160-370 characters), later', warmBatch.filter((_, i) => !short(i)));
  const singles = [];
  for (let i = 0; i < 20; i++) {
    const before = (await durations()).length;
    const t1 = Date.now();
    await page3.getByRole('button', { name: `Suggest links for priority p${i + 1}`, exact: true }).click();
    await page3.waitForFunction((p) => document.querySelector('[data-testid=suggest-status]').textContent.includes(`for priority ${p}.`), `p${i + 1}`, { timeout: 60000 });
    singles.push(Date.now() - t1);
    while ((await durations()).length <= before) await new Promise((r) => setTimeout(r, 20));
  }
  row('"Suggest" on one priority: click to announced (with the driver)', singles);
  await ctx3.close();
} finally {
  await close();
}

const ms = (x) => x.toFixed(2).padStart(8);
console.log(`Browser measurements (Chromium ${browser.version()}, headless, this machine; ms)`);
console.log(`${'what'.padEnd(52)}${'n'.padStart(4)}${'median'.padStart(9)}${'p95'.padStart(9)}${'max'.padStart(9)}`);
for (const [w, n, m, p, x] of rows) console.log(`${w.padEnd(52)}${String(n).padStart(4)}${ms(m)} ${ms(p)} ${ms(x)}`);
console.log('\nTarget: scoring and all analytics for 500 priorities × 5 links under one frame (16 ms) in the browser.');
console.log('Target: suggestions for one priority under 2 ms in the browser.');
