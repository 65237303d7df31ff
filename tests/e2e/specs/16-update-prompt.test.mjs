// A new version of the app, published while a learner has it open, waits
// for the learner: the page says a new version is ready and keeps running
// the old one (a page opened meanwhile gets the old one too: never a mix);
// "Reload now" switches to the new service worker, whose cache replaces the
// old one, and reloads into the new version, progress kept.
//
// The served copy of the build is changed in place, as a host does when it
// publishes a build: sw.js gets a new VERSION and index.html a marker.

import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, test } from 'node:test';

import { eventually } from '../support/browser.mjs';
import { CatalogPage, LessonPage } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

const MARKER = 'cca-e2e-build';
let originals = null;

/** Publishes a "new build" in the served folder: a new sw.js VERSION and a changed index.html. */
async function publish(version) {
  const dir = app.server.appDir;
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  const index = await readFile(join(dir, 'index.html'), 'utf8');
  originals ??= { sw, index };
  const old = sw.match(/const VERSION = "([^"]+)";/)?.[1];
  assert.ok(old, 'the served sw.js has its VERSION');
  await writeFile(join(dir, 'sw.js'), sw.replace(`const VERSION = "${old}";`, `const VERSION = "${version}";`));
  assert.ok(index.includes('<title>'));
  await writeFile(join(dir, 'index.html'), index.replace('<title>', `<meta name="${MARKER}" content="${version}"><title>`));
  return old;
}

// Each test starts from the build as built.
afterEach(async () => {
  if (!originals) return;
  await writeFile(join(app.server.appDir, 'sw.js'), originals.sw);
  await writeFile(join(app.server.appDir, 'index.html'), originals.index);
  originals = null;
});

const marker = (page) => page.evaluate((m) => document.querySelector(`meta[name="${m}"]`)?.content ?? null, MARKER);
const cacheNames = (page) => page.evaluate(() => caches.keys());
const checkForUpdate = (page) =>
  page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg.update();
  });

async function controlled(page) {
  await eventually(async () =>
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the service worker controls the page'),
  );
}

test('a new version waits for "Reload now"; the page never mixes versions; the old cache goes', async () => {
  const { context, page, errors } = await app.open();
  try {
    const catalog = new CatalogPage(page, app.baseUrl);
    await catalog.goto();
    await controlled(page);
    // A page loaded under the service worker, with an answer saved.
    const lesson = new LessonPage(page, app.baseUrl, 'starter', 'agenda', 'why-migration');
    await lesson.goto();
    await page.reload();
    await lesson.title.waitFor();
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'controlled from the start');
    const q = lesson.question('check-figure');
    await q.choose('a');
    await q.check();
    const notice = page.getByTestId('update-ready');
    assert.equal(await notice.count(), 0, 'no notice before there is a new version');

    // A new build is published; the browser checks for it.
    const NEW = 'e2e0000000000001';
    const old = await publish(NEW);
    await checkForUpdate(page);
    await notice.waitFor();
    assert.equal(
      (await notice.locator('p').textContent()).trim(),
      'A new version of CCA Migration Lab is ready. Reload to use it; your progress is kept.',
    );
    assert.deepEqual((await cacheNames(page)).filter((n) => n.startsWith('cca-lab-shell-')).sort(), [
      `cca-lab-shell-${NEW}`,
      `cca-lab-shell-${old}`,
    ].sort());
    // The new version waits: this page runs the old one…
    assert.equal(await marker(page), null, 'the open page keeps the old index.html');
    assert.match(
      await page.evaluate(() => navigator.serviceWorker.controller.scriptURL),
      /\/sw\.js$/,
    );
    const waiting = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return { waiting: reg.waiting?.state ?? null, active: reg.active?.state ?? null };
    });
    assert.deepEqual(waiting, { waiting: 'installed', active: 'activated' });
    // …and so does a page opened meanwhile (served by the old worker), which offers the update too.
    const other = await context.newPage();
    await new CatalogPage(other, app.baseUrl).goto();
    assert.equal(await marker(other), null, 'a new page gets the old version while the new one waits');
    await other.getByTestId('update-ready').waitFor();
    await other.close();

    // "Reload now": the new worker takes over and the page reloads into the new version.
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload now' }).click()]);
    await lesson.title.waitFor();
    assert.equal(await marker(page), NEW, 'the page runs the new index.html');
    await controlled(page);
    await eventually(async () => {
      const names = (await cacheNames(page)).filter((n) => n.startsWith('cca-lab-shell-'));
      assert.deepEqual(names, [`cca-lab-shell-${NEW}`], 'the new cache exists and the old one was deleted');
    });
    assert.ok((await cacheNames(page)).includes('cca-lab-content'), 'the curriculum files are kept');
    assert.equal(await notice.count(), 0, 'no notice after the reload');
    // Progress is kept.
    await q.tryAgainButton.waitFor();
    assert.equal((await q.result.textContent()).trim(), 'Correct.');

    errors.assertNone();
  } finally {
    await context.close();
  }
});

test(
  '"Reload now" also reloads the page of a first visit (loaded before the service worker existed)',
  async () => {
    const { context, page, errors } = await app.open();
    try {
      const catalog = new CatalogPage(page, app.baseUrl);
      await catalog.goto();
      await controlled(page);
      const NEW = 'e2e0000000000002';
      const old = await publish(NEW);
      await checkForUpdate(page);
      const notice = page.getByTestId('update-ready');
      await notice.waitFor();
      const reloaded = page.waitForEvent('load', { timeout: 5000 }).then(
        () => true,
        () => false,
      );
      await notice.getByRole('button', { name: 'Reload now' }).click();
      // The new worker is active once the old cache is gone.
      await eventually(async () => assert.ok(!(await cacheNames(page)).includes(`cca-lab-shell-${old}`)));
      assert.ok(await reloaded, 'the page reloaded after "Reload now"');
      await catalog.list.waitFor();
      assert.equal(await marker(page), NEW, 'the page runs the new version');
      errors.assertNone();
    } finally {
      await context.close();
    }
  },
);
