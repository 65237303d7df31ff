// A curriculum with mistakes shows the list of its problems, as the checker
// prints them, instead of its content; the other curricula keep working in
// the same tab.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';

import { curriculumTexts } from '../support/data.mjs';
import { CatalogPage, CurriculumPage, LessonPage } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

// The mistakes planted in fixtures/broken-demo (see its files), in the
// order the panel lists them.
const EXPECTED = [
  {
    file: 'broken-demo/en/about.toml',
    code: 'E012',
    place: 'line 4, column 1',
    message: 'unknown field `sumary` in about.toml',
    hint: 'Fix: did you mean `summary`?',
  },
  {
    file: 'broken-demo/en/basics.toml',
    code: 'E030',
    place: 'line 15, column 21',
    message: 'unknown SDG indicator sdg:10.7.9',
    hint: 'Fix: did you mean sdg:10.7.1, sdg:10.7.2, sdg:10.7.3 or sdg:10.7.4?',
  },
  {
    file: 'broken-demo/en/basics.toml',
    code: 'E020',
    place: 'line 19, column 8',
    message: 'unknown step kind `reference-card` in step `video`',
    hint: 'Fix: did you mean `reference_card`?',
  },
  {
    file: 'broken-demo/en/basics/intro.md',
    code: 'E060',
    place: 'line 3, column 20',
    message: 'raw HTML is not allowed: `<b>`',
    hint: 'Fix: write Markdown instead; the HTML is shown as plain text',
  },
  {
    file: 'broken-demo/en/basics/intro.md',
    code: 'E060',
    place: 'line 3, column 31',
    message: 'raw HTML is not allowed: `</b>`',
    hint: 'Fix: write Markdown instead; the HTML is shown as plain text',
  },
];

test('a broken curriculum lists its exact problems; the starter still works', async () => {
  const en = await curriculumTexts(join(app.server.appDir, 'curricula'), 'starter', 'en');
  const { context, page, errors } = await app.open();
  try {
    const broken = new CurriculumPage(page, app.baseUrl, 'broken-demo');
    await broken.goto();
    const items = await broken.diagnostics.read();
    assert.deepEqual(
      items.map(({ file, code, place, message, hint }) => ({ file, code, place, message, hint })),
      EXPECTED,
    );
    assert.ok(items.every((d) => d.level === 'error'));
    assert.equal((await broken.diagnostics.count.textContent()).trim(), '5 errors');
    await broken.waitForHeading('Curriculum “broken-demo”');
    // Nothing of the curriculum itself is shown.
    assert.equal(await broken.modules.count(), 0);
    assert.equal(await page.getByTestId('lesson').count(), 0);
    // The app's own codes are on the items, for trainers and tests.
    assert.deepEqual(
      await broken.diagnostics.items.evaluateAll((lis) => lis.map((li) => li.dataset.code)),
      EXPECTED.map((d) => d.code),
    );

    // A lesson address inside the broken curriculum shows the same list.
    await broken.open('/c/broken-demo/basics/first');
    await broken.diagnostics.root.waitFor();
    assert.equal(await broken.diagnostics.items.count(), EXPECTED.length);

    // Same tab: back to the catalogue, then the starter works.
    await broken.open('/c/broken-demo');
    await broken.diagnostics.root.waitFor();
    await page.getByRole('link', { name: 'Back to the catalogue' }).click();
    const catalog = new CatalogPage(page, app.baseUrl);
    await catalog.card('starter').link.click();
    const starter = new CurriculumPage(page, app.baseUrl, 'starter');
    await starter.waitForOverview();
    await starter.waitForHeading(en.title);
    assert.equal(await starter.diagnostics.root.count(), 0);
    assert.deepEqual(
      (await starter.moduleTitles.allTextContents()).map((t) => t.trim()),
      en.moduleTitles,
    );
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    const lesson = new LessonPage(page, app.baseUrl, 'starter', 'agenda', 'why-migration');
    await lesson.title.waitFor();
    assert.equal(lesson.route(), '/c/starter/agenda/why-migration');
    await lesson.question('check-figure').form.waitFor();

    errors.assertNone();
  } finally {
    await context.close();
  }
});
