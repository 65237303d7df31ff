// A lesson's address works when opened directly, survives a reload, and its
// breadcrumbs and "Complete lesson and continue" button lead where they say.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';

import { eventually } from '../support/browser.mjs';
import { curriculumTexts } from '../support/data.mjs';
import { CatalogPage, CurriculumPage, LessonPage } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

test('deep link to a lesson, reload, breadcrumbs, complete and continue', async () => {
  const curricula = join(app.server.appDir, 'curricula');
  const en = await curriculumTexts(curricula, 'starter', 'en');
  const agendaTitle = en.moduleTitles[en.modules.indexOf('agenda')];
  // Every `[[lesson]]` of every module counts in "n of N lessons completed".
  let lessons = 0;
  for (const m of en.modules) {
    const toml = await readFile(join(curricula, 'starter', 'en', `${m}.toml`), 'utf8');
    lessons += (toml.match(/^\[\[lesson\]\]\s*$/gm) ?? []).length;
  }
  const { context, page, errors } = await app.open();
  try {
    // Opened directly, in a fresh context: the lesson, not the catalogue.
    const lesson = new LessonPage(page, app.baseUrl, 'starter', 'agenda', 'targets');
    await lesson.goto();
    assert.equal(new URL(page.url()).pathname, '/training/cca-lab/');
    const title = 'Target 10.7 and the other migration targets';
    await lesson.waitForHeading(title);
    assert.equal(await page.title(), `${title} — CCA Migration Lab`);

    // A reload keeps the address and the page.
    await page.reload();
    await lesson.waitForHeading(title);
    assert.equal(lesson.route(), '/c/starter/agenda/targets');

    // Breadcrumbs: module, then curriculum, then catalogue.
    await lesson.breadcrumb(agendaTitle).click();
    await lesson.waitForHeading(agendaTitle);
    assert.equal(lesson.route(), '/c/starter/agenda');
    await page.goBack();
    await lesson.waitForHeading(title);

    await lesson.breadcrumb(en.title).click();
    const overview = new CurriculumPage(page, app.baseUrl, 'starter');
    await overview.waitForOverview();
    await overview.waitForHeading(en.title);
    assert.equal(overview.route(), '/c/starter');
    assert.equal((await overview.progress.textContent()).trim(), `0 of ${lessons} lessons completed`);
    await page.goBack();
    await lesson.waitForHeading(title);

    await lesson.breadcrumb('Catalogue').click();
    const catalog = new CatalogPage(page, app.baseUrl);
    await catalog.list.waitFor();
    assert.equal(catalog.route(), '/');
    await page.goBack();
    await lesson.waitForHeading(title);

    // "Complete lesson and continue →" leads to the next lesson (the first
    // of the next module) and marks this one completed.
    assert.equal((await lesson.complete.textContent()).trim(), 'Complete lesson and continue →');
    await lesson.complete.click();
    const nextTitle = 'What the Global Compact is';
    await lesson.waitForHeading(nextTitle);
    assert.equal(lesson.route(), '/c/starter/gcm/compact');

    // Back on the lesson, it says it is completed.
    await page.goBack();
    await lesson.waitForHeading(title);
    await lesson.completed.waitFor();
    assert.equal(await lesson.complete.count(), 0);

    // The curriculum page counts it, and marks it in the list.
    await overview.goto();
    await overview.waitForOverview();
    await eventually(async () =>
      assert.equal((await overview.progress.textContent()).trim(), `1 of ${lessons} lessons completed`),
    );
    const item = overview.modules.locator('ol.lessons > li', {
      has: page.getByRole('link', { name: title, exact: true }),
    });
    assert.match(await item.getAttribute('class'), /\bcomplete\b/);
    assert.match(await item.textContent(), /✓ completed/);

    errors.assertNone();
  } finally {
    await context.close();
  }
});
