// Cohort analytics: the 50 made-up results files of the full course in
// tests/e2e/fixtures/cohort/files (plus a copy, a broken file and a file of
// another curriculum), chosen at once on `#/trainer/cohort`, give exactly
// the numbers of the domain computation, `expected.json` (written and kept
// current by `cargo test --test cohort`); the tables download as CSV and the
// report prints without the controls.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { CohortPage } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();
const FIXTURE = new URL('../fixtures/cohort', import.meta.url).pathname;
const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8'));
// In the order the domain read them: the trainees', then the refused ones.
const files = [...expected.trainees.map((t) => t.file), ...expected.refused.map((r) => r.file)]
  .map((f) => join(FIXTURE, 'files', f));
const pct = (x) => `${Math.round(x * 100)}\u00a0%`;

test('50 results files give the numbers of the domain computation', async () => {
  const { context, page, errors } = await app.open();
  try {
    const cohort = new CohortPage(page, app.baseUrl);
    await cohort.goto();
    await cohort.waitForHeading('Cohort analytics');
    assert.equal(await cohort.curriculum.inputValue(), expected.curriculum);
    assert.equal(files.length, 53);
    await cohort.filesInput.setInputFiles(files);
    await cohort.report.waitFor();

    assert.equal(await cohort.trainees.textContent(), String(expected.trainees.length));
    assert.equal(await cohort.refusedCount.textContent(), String(expected.refused.length));
    const refused = await cohort.refused.locator('li').allTextContents();
    assert.deepEqual(refused, expected.refused.map((r) => `${r.file}: ${r.reason}`));

    // Completion per module.
    for (const m of expected.modules) {
      const row = cohort.modules.locator(`tr[data-id="${m.id}"]`);
      assert.equal(await row.locator('td.completed').textContent(), String(m.completed), m.id);
      assert.equal(await row.locator('td.started').textContent(), String(m.started), m.id);
    }
    // Every question: answered and right.
    assert.equal(await cohort.questions.locator('tbody tr').count(), expected.questions.length);
    for (const q of expected.questions) {
      const row = cohort.questions.locator(`tr[data-step="${q.step}"]`);
      assert.deepEqual(
        [await row.locator('td.answered').textContent(), await row.locator('td.correct').textContent()],
        [String(q.answered), String(q.correct)],
        q.step,
      );
    }
    // Mapping exercises: attempts, mean best score, kappa and the most
    // common wrong and missed references of every priority.
    for (const m of expected.mappings) {
      const block = page.locator(`.cohort-mapping[data-step="${m.step}"]`);
      assert.equal(await block.locator('.attempted').textContent(), `${m.attempted} attempted`);
      assert.match(await block.locator('p').first().textContent(), new RegExp(`best score mean ${pct(m.best.mean)}`));
      for (const p of m.priorities) {
        const row = block.locator(`tr[data-priority="${p.id}"]`);
        const kappa = p.agreement.kappa === null ? '–' : p.agreement.kappa.toFixed(2);
        assert.equal((await row.locator('td.kappa').textContent()).split(' (')[0], kappa, `${m.step} ${p.id}`);
        const cells = await row.locator('td').allTextContents();
        if (p.wrong.length > 0) assert.ok(cells[1].startsWith(`${p.wrong[0].reference} — ${p.wrong[0].count}`), cells[1]);
        if (p.missed.length > 0) assert.ok(cells[2].startsWith(`${p.missed[0].reference} — ${p.missed[0].count}`), cells[2]);
      }
    }
    // Trainees who may need help.
    await page.getByRole('heading', { name: `Trainees who may need help (${expected.needs_help.length})` }).waitFor();
    assert.deepEqual(
      await cohort.help.locator('li').allTextContents(),
      expected.needs_help.map((h) => `${h.name}: ${h.reasons.join('; ')}`),
    );

    // The modules table as CSV.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Modules (CSV)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `${expected.curriculum}-modules.csv`);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
    assert.equal(csv[0], 'module,title,lessons,trainees,completed,started,mean_share_completed');
    assert.equal(csv.length, expected.modules.length + 1);
    for (const [i, m] of expected.modules.entries()) {
      const fields = csv[i + 1].split(',');
      assert.equal(fields[0], m.id);
      assert.deepEqual(fields.slice(-4, -1), [String(expected.trainees.length), String(m.completed), String(m.started)]);
    }

    // Printed: the report without the drop zone and buttons.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.dropzone').isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Print the report' }).isVisible(), false);
    assert.equal(await cohort.modules.isVisible(), true);
    errors.assertNone();
  } finally {
    await context.close();
  }
});
