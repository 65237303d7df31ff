// Offline: after a first visit (the catalogue and a starter lesson) the
// service worker controls the page and keeps the app shell and the
// curriculum files the visit used; without a network the catalogue and that
// lesson still open, and a lesson of another curriculum, never opened, shows
// what failed instead of a blank page. Back online, "Make this curriculum
// available offline" on cca-migration's page saves every file in every
// language, with progress shown; without a network its lessons then open in
// French and in English.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';

import { eventually } from '../support/browser.mjs';
import { curriculumTexts } from '../support/data.mjs';
import { lessonsOf, listFiles, outline } from '../support/lms.mjs';
import { CatalogPage, CurriculumPage, LessonPage } from '../support/pages.mjs';
import { SUB_PATH } from '../support/server.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

/** Every cache of the page's origin: `{ name: [path…] }`. */
function caches(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await self.caches.keys()) {
      out[name] = (await (await self.caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    }
    return out;
  });
}

/** Waits until the page is controlled by the service worker. */
async function controlled(page) {
  await eventually(async () =>
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the service worker controls the page'),
  );
}

test('offline after a first visit; a curriculum saved for offline use opens in French and English', async () => {
  const appDir = app.server.appDir;
  const curricula = join(appDir, 'curricula');
  const version = (await readFile(join(appDir, 'sw.js'), 'utf8')).match(/const VERSION = "([^"]+)";/)?.[1];
  assert.ok(version, 'the served sw.js has its VERSION');
  const starter = await curriculumTexts(curricula, 'starter', 'en');
  const cca = { en: await outline(curricula, 'cca-migration', 'en'), fr: await outline(curricula, 'cca-migration', 'fr') };
  const ccaTitle = {
    en: (await curriculumTexts(curricula, 'cca-migration', 'en')).title,
    fr: (await curriculumTexts(curricula, 'cca-migration', 'fr')).title,
  };
  // A lesson of cca-migration, offline before it was saved, is expected to
  // fail: the service worker answers 503 for its files it does not have
  // (curriculum.toml, or the module files if the catalogue fetched that).
  const { context, page, errors } = await app.open({ allow: [/\/curricula\/cca-migration\/(en\/)?[\w-]+\.toml$/] });
  // The curriculum files and reference tables the page received (the
  // service worker keeps what the server answered 200 for).
  const requested = new Set();
  const tables = new Set();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (r.status() !== 200) return;
    if (path.startsWith(`/${SUB_PATH}curricula/`)) requested.add(path);
    if (path.startsWith(`/${SUB_PATH}data/`)) tables.add(path);
  });
  try {
    // First visit: the catalogue, then a starter lesson.
    const catalog = new CatalogPage(page, app.baseUrl);
    await catalog.goto();
    await catalog.card('starter').title.filter({ hasText: starter.title }).waitFor();
    const lesson = new LessonPage(page, app.baseUrl, 'starter', 'agenda', 'targets');
    await lesson.goto();
    const lessonTitle = (await lesson.title.textContent()).trim();

    // The service worker takes control and keeps the shell, the reference
    // tables and every curriculum file the visit fetched.
    await controlled(page);
    const shellName = `cca-lab-shell-${version}`;
    await eventually(async () => {
      const c = await caches(page);
      assert.ok(c[shellName]?.includes(`/${SUB_PATH}index.html`), `${shellName} holds index.html: ${Object.keys(c)}`);
      // The reference tables are not fetched at install but kept once used:
      // every table the visit fetched.
      assert.ok(tables.has(`/${SUB_PATH}data/sdg_targets.csv`), 'the lesson used the reference tables');
      const tablesMissing = [...tables].filter((p) => !c[shellName]?.includes(p));
      assert.deepEqual(tablesMissing, [], `${shellName} holds every table the visit fetched`);
      assert.ok(!c[shellName]?.includes(`/${SUB_PATH}lms.js`), 'lms.js, never used, is not downloaded');
      const missing = [...requested].filter((p) => !c['cca-lab-content']?.includes(p));
      assert.deepEqual(missing, [], 'every curriculum file fetched is kept');
    });
    assert.ok(requested.has(`/${SUB_PATH}curricula/catalog.toml`) && requested.has(`/${SUB_PATH}curricula/starter/en/agenda.toml`));

    // Offline: the lesson and the catalogue open.
    await context.setOffline(true);
    await page.reload();
    await lesson.title.filter({ hasText: lessonTitle }).waitFor();
    assert.equal(lesson.route(), '/c/starter/agenda/targets');
    await lesson.breadcrumb('Catalogue').click();
    await catalog.card('starter').title.filter({ hasText: starter.title }).waitFor();
    assert.equal(catalog.route(), '/');

    // A lesson of another curriculum, never opened: a clear failure, not a blank page.
    const never = lessonsOf(cca.en)[0];
    await catalog.open(`/c/cca-migration/${never.module}/${never.lesson}`);
    // (Whether its curriculum.toml was kept depends on whether the served
    // catalogue lists it; its module files were never fetched.)
    const problems = await new CurriculumPage(page, app.baseUrl, 'cca-migration').diagnostics.read();
    assert.ok(problems.length > 0, 'the problems are listed');
    for (const p of problems) {
      assert.match(p.file, /^cca-migration\//, JSON.stringify(p));
      assert.equal(p.code, 'E004', JSON.stringify(p));
      assert.equal(p.level, 'error');
      assert.match(p.message, /^the file could not be read: /, JSON.stringify(p));
    }
    assert.ok(await page.locator('main h1').isVisible(), 'a heading');
    assert.equal(await lesson.article.count(), 0, 'no lesson content');

    // Online again: save cca-migration for offline use, watching its progress.
    await context.setOffline(false);
    const overview = new CurriculumPage(page, app.baseUrl, 'cca-migration');
    await overview.goto();
    // The failure above stays in this page's memory; a reload fetches anew.
    await page.reload();
    await overview.waitForOverview();
    await overview.waitForHeading(ccaTitle.en);
    const section = page.getByTestId('offline');
    const status = section.getByRole('status');
    await page.evaluate(() => {
      const el = document.querySelector('[data-testid="offline"] [role="status"]');
      window.__e2eOfflineStatus = [el.textContent];
      new MutationObserver(() => window.__e2eOfflineStatus.push(el.textContent)).observe(el, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await section.getByRole('button', { name: 'Make this curriculum available offline' }).click();
    await status.filter({ hasText: /^Saved: \d+ files\./ }).waitFor({ timeout: 60000 });
    const saved = Number((await status.textContent()).match(/^Saved: (\d+) files\./)[1]);
    const seen = await page.evaluate(() => window.__e2eOfflineStatus);
    const counts = seen.map((t) => t.match(/^Saving for offline use… (\d+) files so far\.$/)?.[1]).filter(Boolean).map(Number);
    assert.ok(counts.length >= 2, `progress was shown while saving: ${JSON.stringify(seen.slice(0, 5))}`);
    assert.deepEqual(counts, [...counts].sort((a, b) => a - b), 'the count only grows');
    assert.ok(counts.at(-1) <= saved);
    assert.equal(
      (await status.textContent()).trim(),
      `Saved: ${saved} files. The curriculum now opens without a network on this device.`,
    );
    assert.equal((await overview.storage())['cca-lab.offline.cca-migration'], cca.en.version);
    // Every file of the curriculum, in every language, is kept (the
    // facilitator's guides beside curriculum.toml are not part of it).
    const files = (await listFiles(join(curricula, 'cca-migration'))).filter((f) => f.includes('/') || f === 'curriculum.toml');
    const kept = (await caches(page))['cca-lab-content'].filter((p) => p.startsWith(`/${SUB_PATH}curricula/cca-migration/`));
    assert.deepEqual(
      kept.map((p) => p.slice(`/${SUB_PATH}curricula/cca-migration/`.length)).sort(),
      files,
      'the content cache holds every file of cca-migration',
    );
    assert.equal(saved, files.length, '"Saved: N files" counts them');

    // Offline, in a fresh page load: French, then English.
    await context.setOffline(true);
    await page.reload();
    await overview.waitForOverview();
    await overview.language.selectOption('fr');
    await overview.waitForHeading(ccaTitle.fr);
    const withMapping = (o) => lessonsOf(o).find((l) => l.steps.some((s) => s.kind === 'mapping'));
    for (const [language, pick] of [
      ['fr', (o) => lessonsOf(o)[0]],
      ['fr', withMapping],
      ['en', (o) => lessonsOf(o).at(-1)],
      ['en', withMapping],
    ]) {
      if (language === 'en' && overview.route() !== '/c/cca-migration') {
        await overview.goto();
        await overview.waitForOverview();
        await overview.language.selectOption('en');
        await overview.waitForHeading(ccaTitle.en);
      }
      const l = pick(cca[language]);
      const page_ = new LessonPage(page, app.baseUrl, 'cca-migration', l.module, l.lesson);
      await page_.open(page_.path);
      await page_.title.filter({ hasText: l.title }).waitFor();
      assert.equal(await page_.article.getAttribute('lang'), language);
      if (l.steps.some((s) => s.kind === 'mapping')) await page_.article.getByTestId('mapping').first().waitFor();
    }

    errors.assertNone();
  } finally {
    await context.close();
  }
});
