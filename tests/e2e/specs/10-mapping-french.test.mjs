// The mapping exercise in French: with the starter switched to Français
// (as in spec 06), the lesson shows the priorities of fr/gcm.toml; one
// priority mapped from the keyboard and submitted gives a score, and the
// explanation quotes the French rationale.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';

import { eventually } from '../support/browser.mjs';
import { CurriculumPage, LessonPage, MappingExercise, tabTo } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

const STEP = 'map-ardenia';

test('the mapping exercise in French shows the French priorities and scores a keyboard answer', async () => {
  const curricula = join(app.server.appDir, 'curricula', 'starter');
  const fr = await MappingExercise.readKey(join(curricula, 'fr', 'gcm.toml'), STEP);
  const en = await MappingExercise.readKey(join(curricula, 'en', 'gcm.toml'), STEP);
  assert.notDeepEqual(
    fr.map((p) => p.text),
    en.map((p) => p.text),
    'the French priorities differ from the English ones',
  );
  const { context, page, errors } = await app.open();
  try {
    const starter = new CurriculumPage(page, app.baseUrl, 'starter');
    await starter.goto();
    await starter.waitForOverview();
    await starter.language.selectOption({ label: 'Français' });
    await eventually(async () => {
      const stored = JSON.parse((await starter.storage())['cca-lab.progress'] ?? 'null');
      assert.equal(stored?.curricula?.starter?.language, 'fr');
    });

    const lesson = new LessonPage(page, app.baseUrl, 'starter', 'gcm', 'mapping-ardenia');
    await lesson.goto();
    assert.equal(await lesson.article.getAttribute('lang'), 'fr');
    const ex = new MappingExercise(page, lesson.article.locator(`section.step[data-step="${STEP}"]`));
    await ex.root.waitFor();
    assert.deepEqual(await ex.priorityTexts(), fr.map((p) => p.text));

    // One priority, one expected reference, from the keyboard.
    const p = fr.find((q) => q.expected.length > 0);
    const { ref, rationale } = p.expected[0];
    const picker = ex.priority(p.id).picker;
    await tabTo(page, picker.input);
    await picker.addByKeyboard(ref);
    assert.deepEqual(await picker.chosen(), [ref]);
    await tabTo(page, ex.submitButton);
    await page.keyboard.press('Enter');
    await ex.tryAgainButton.waitFor();

    const line = (await ex.result.textContent()).trim();
    const score = Number(line.match(/^Score (\d+)\u00a0% — precision /)?.[1]);
    assert.ok(score > 0 && score < 100, `a partial score is shown: "${line}"`);
    const pr = ex.priority(p.id);
    assert.deepEqual(await pr.refs('right'), [ref]);
    assert.equal((await pr.item('right', ref).locator('.rationale').textContent()).trim(), rationale);
    // The priorities are still the French ones once submitted.
    assert.deepEqual(await ex.priorityTexts(), fr.map((q) => q.text));

    errors.assertNone();
  } finally {
    await context.close();
  }
});
