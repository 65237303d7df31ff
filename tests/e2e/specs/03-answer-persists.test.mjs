// A checked answer shows feedback on every option, can be retried, and is
// kept in the browser: after a reload and in a new tab of the same profile.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { test } from 'node:test';

import { eventually } from '../support/browser.mjs';
import { LessonPage } from '../support/pages.mjs';
import { E2E_DIR } from '../support/server.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

// Step `which-targets` of lesson agenda/targets (en/agenda.toml):
// multiple_choice with options a–d and answer = ["a", "b", "d"].
const STEP = 'which-targets';
const KEY = `agenda/targets/${STEP}`;

/** The progress schema this build writes (`PROGRESS_SCHEMA` in src/domain/progress.rs). */
async function progressSchema() {
  const rs = await readFile(resolve(E2E_DIR, '../../src/domain/progress.rs'), 'utf8');
  const m = rs.match(/pub const PROGRESS_SCHEMA: u64 = (\d+);/);
  if (!m) throw new Error('PROGRESS_SCHEMA not found in src/domain/progress.rs');
  return Number(m[1]);
}

async function expectCorrectAndKept(page) {
  const lesson = new LessonPage(page, app.baseUrl, 'starter', 'agenda', 'targets');
  const q = lesson.question(STEP);
  await q.tryAgainButton.waitFor();
  assert.equal((await q.result.textContent()).trim(), 'Correct.');
  assert.deepEqual(await q.chosen(), ['a', 'b', 'd']);
  assert.equal(await q.feedback.count(), 4);
  assert.match(await q.form.getAttribute('class'), /\bis-correct\b/);
}

test('an answer is checked, retried, and kept after reload and in a new page', async () => {
  const { context, page, errors } = await app.open();
  try {
    const lesson = new LessonPage(page, app.baseUrl, 'starter', 'agenda', 'targets');
    await lesson.goto();
    const q = lesson.question(STEP);
    await q.form.waitFor();
    assert.equal(await q.options.count(), 4);
    assert.equal(await q.result.textContent(), '');
    assert.equal(await q.feedback.count(), 0);
    assert.ok(await q.checkButton.isDisabled(), 'Check answer is disabled before a choice');

    // Wrong: one right option (a), one wrong (c), two right ones missed (b, d).
    await q.choose('a', 'c');
    await q.check();
    assert.equal(
      (await q.result.textContent()).trim(),
      'Not quite: 1 of 3 right options chosen, 1 wrong. Read the feedback on each option.',
    );
    assert.match(await q.form.getAttribute('class'), /\bis-wrong\b/);
    // Feedback on every option, with the status of each.
    assert.equal(await q.feedback.count(), 4);
    const status = async (id) => (await q.option(id).locator('.feedback-status').textContent()).trim();
    assert.equal(await status('a'), '✓ Your choice: correct');
    assert.equal(await status('b'), '! A right answer you did not choose');
    assert.equal(await status('c'), '✗ Your choice: not correct');
    assert.equal(await status('d'), '! A right answer you did not choose');
    for (const id of ['a', 'b', 'c', 'd']) {
      const text = await q.option(id).locator('.feedback').textContent();
      assert.ok(text.length > (await status(id)).length + 10, `option ${id} has feedback text`);
    }
    await q.form.locator('.explanation').waitFor();

    // Try again: feedback goes, the choice stays; then the right answer.
    await q.tryAgain();
    assert.equal(await q.feedback.count(), 0);
    assert.equal(await q.result.textContent(), '');
    assert.deepEqual(await q.chosen(), ['a', 'c']);
    await q.choose('a', 'b', 'd');
    await q.check();
    assert.equal((await q.result.textContent()).trim(), 'Correct.');
    assert.equal(await q.option('b').locator('.feedback-status').textContent(), '✓ Your choice: correct');

    // Saved in localStorage under the versioned schema.
    const schema = await progressSchema();
    await eventually(async () => {
      const stored = JSON.parse((await lesson.storage())['cca-lab.progress'] ?? 'null');
      assert.equal(stored?.schema, schema);
      assert.deepEqual(stored.curricula.starter.answers[KEY], {
        selected: ['a', 'b', 'd'],
        correct: true,
        attempts: 2,
      });
    });

    // Reload: the choice and the result are still there.
    await page.reload();
    await expectCorrectAndKept(page);

    // Close the page and open a new one in the same context (same storage).
    await page.close();
    const again = await context.newPage();
    await new LessonPage(again, app.baseUrl, 'starter', 'agenda', 'targets').goto();
    await expectCorrectAndKept(again);

    errors.assertNone();
  } finally {
    await context.close();
  }
});
