// Choosing "Français" on a curriculum's page shows it in French (titles from
// the curriculum's fr/ files), and the choice survives a reload.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';

import { eventually } from '../support/browser.mjs';
import { curriculumTexts } from '../support/data.mjs';
import { CurriculumPage } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

async function expectShownIn(view, texts, lang) {
  await view.waitForHeading(texts.title);
  await view.waitForOverview();
  await eventually(async () =>
    assert.deepEqual(
      (await view.moduleTitles.allTextContents()).map((t) => t.trim()),
      texts.moduleTitles,
    ),
  );
  assert.deepEqual(
    await view.modules.locator(':scope > li').evaluateAll((lis) => lis.map((li) => li.lang)),
    texts.modules.map(() => lang),
  );
  assert.equal(await view.language.inputValue(), lang);
}

test('the language picker switches the curriculum to French and remembers it', async () => {
  const curricula = join(app.server.appDir, 'curricula');
  const en = await curriculumTexts(curricula, 'starter', 'en');
  const fr = await curriculumTexts(curricula, 'starter', 'fr');
  assert.notEqual(fr.title, en.title, 'the French title differs from the English one');
  const { context, page, errors } = await app.open();
  try {
    const starter = new CurriculumPage(page, app.baseUrl, 'starter');
    await starter.goto();
    await expectShownIn(starter, en, 'en');
    assert.deepEqual(
      (await starter.language.locator('option').allTextContents()).map((t) => t.trim()),
      ['English', 'Français'],
    );

    await starter.language.selectOption({ label: 'Français' });
    await expectShownIn(starter, fr, 'fr');
    assert.equal(await page.title(), `${fr.title} — CCA Migration Lab`);

    // Remembered in the saved progress, so a reload keeps French.
    await eventually(async () => {
      const stored = JSON.parse((await starter.storage())['cca-lab.progress'] ?? 'null');
      assert.equal(stored?.curricula?.starter?.language, 'fr');
    });
    await page.reload();
    await expectShownIn(starter, fr, 'fr');

    // Lessons follow the choice: the first French lesson title is a link.
    const frLesson = starter.modules.locator('ol.lessons a').first();
    await frLesson.click();
    await page.getByTestId('lesson').waitFor();
    assert.equal(await page.getByTestId('lesson').getAttribute('lang'), 'fr');

    errors.assertNone();
  } finally {
    await context.close();
  }
});
