// "Your results": after some questions, a completed lesson and one attempt
// at the starter's mapping exercise, the downloaded results file has the
// format documented in src/domain/results.rs (`cca-lab-results`, version 1)
// with the curriculum, the answers, the attempt, and totals and a score
// computed by the rules given there; in print media the tools are hidden and
// the record of learning is shown.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

import { eventually } from '../support/browser.mjs';
import { tomlTopLevel } from '../support/data.mjs';
import { CurriculumPage, LessonPage, MappingExercise, tabTo } from '../support/pages.mjs';
import { E2E_DIR } from '../support/server.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

const MAPPING_STEP = 'map-ardenia';
const MAPPING_KEY = `gcm/mapping-ardenia/${MAPPING_STEP}`;
/** What the learner maps (priority id → references); the rest stays empty. */
const CHOSEN = { remittances: ['gcm:20', 'sdg:10.c'], recruitment: ['gcm:6'] };
const LEARNER = 'Amina Learner-Ndiaye';

/** `RESULTS_FORMAT` and `RESULTS_VERSION` of src/domain/results.rs. */
async function resultsFormat() {
  const rs = await readFile(resolve(E2E_DIR, '../../src/domain/results.rs'), 'utf8');
  const format = rs.match(/pub const RESULTS_FORMAT: &str = "([^"]+)";/)?.[1];
  const version = rs.match(/pub const RESULTS_VERSION: u64 = (\d+);/)?.[1];
  if (!format || !version) throw new Error('RESULTS_FORMAT or RESULTS_VERSION not found in src/domain/results.rs');
  return { format, version: Number(version) };
}

/**
 * The starter's structure from the served `en/*.toml`, in curriculum
 * order: lesson keys, and scored steps as `{ key, kind }`.
 */
async function structure(curricula) {
  const dir = join(curricula, 'starter');
  const modules = await tomlTopLevel(join(dir, 'curriculum.toml'), 'modules');
  const lessons = [];
  const scored = [];
  for (const m of modules) {
    const toml = await readFile(join(dir, 'en', `${m}.toml`), 'utf8');
    let lesson = null;
    for (const section of toml.split(/^(?=\[\[lesson(?:\.step)?\]\]\s*$)/m)) {
      const header = section.match(/^\[\[(lesson(?:\.step)?)\]\]/)?.[1];
      const id = section.match(/^id\s*=\s*"([^"]+)"/m)?.[1];
      if (header === 'lesson') {
        lesson = id;
        lessons.push(`${m}/${id}`);
      } else if (header === 'lesson.step') {
        const kind = section.match(/^kind\s*=\s*"([^"]+)"/m)?.[1];
        if (['single_choice', 'multiple_choice', 'mapping'].includes(kind)) {
          scored.push({ key: `${m}/${lesson}/${id}`, kind });
        }
      }
    }
  }
  return { lessons, scored };
}

/** The score of CHOSEN by the rules of src/domain/mapping.rs (exact matches only here). */
function mappingScore(key) {
  const f1s = key.map((p) => {
    const chosen = CHOSEN[p.id] ?? [];
    const expected = p.expected.map((e) => e.ref);
    if (expected.length === 0) return chosen.length === 0 ? 1 : 0;
    if (chosen.length === 0) return 0;
    for (const r of chosen) assert.ok(expected.includes(r), `${r} is expected for ${p.id}: the test maps exact matches only`);
    const precision = 1;
    const recall = chosen.length / expected.length;
    return (2 * precision * recall) / (precision + recall);
  });
  return f1s.reduce((a, b) => a + b, 0) / f1s.length;
}

test('results file: format, curriculum, answers, mapping attempt, totals and score; printable record', async () => {
  const curricula = join(app.server.appDir, 'curricula');
  const { format, version } = await resultsFormat();
  const { lessons, scored } = await structure(curricula);
  const key = await MappingExercise.readKey(join(curricula, 'starter', 'en', 'gcm.toml'), MAPPING_STEP);
  const curriculumVersion = await tomlTopLevel(join(curricula, 'starter', 'curriculum.toml'), 'version');
  const title = await tomlTopLevel(join(curricula, 'starter', 'en', 'about.toml'), 'title');
  const expectedMapping = mappingScore(key);

  const { context, page, errors } = await app.open();
  try {
    // A right answer, then the lesson completed.
    const first = new LessonPage(page, app.baseUrl, 'starter', 'agenda', 'why-migration');
    await first.goto();
    const q1 = first.question('check-figure');
    await q1.choose('a');
    await q1.check();
    assert.equal((await q1.result.textContent()).trim(), 'Correct.');
    await first.complete.click();
    // "Complete lesson and continue" leads to agenda/targets: a wrong answer there.
    const second = new LessonPage(page, app.baseUrl, 'starter', 'agenda', 'targets');
    await second.title.filter({ hasText: 'Target 10.7' }).waitFor();
    const q2 = second.question('which-targets');
    await q2.choose('a', 'c');
    await q2.check();
    assert.match((await q2.result.textContent()).trim(), /^Not quite/);

    // One attempt at the mapping exercise.
    const lesson = new LessonPage(page, app.baseUrl, 'starter', 'gcm', 'mapping-ardenia');
    await lesson.goto();
    const ex = new MappingExercise(page, lesson.article.locator(`section.step[data-step="${MAPPING_STEP}"]`));
    await ex.root.waitFor();
    for (const [priority, refs] of Object.entries(CHOSEN)) {
      const picker = ex.priority(priority).picker;
      await tabTo(page, picker.input);
      for (const ref of refs) await picker.addByKeyboard(ref);
    }
    await ex.submitButton.click();
    await ex.tryAgainButton.waitFor();
    const shown = `Score ${Math.round(expectedMapping * 100)}\u00a0%`;
    assert.ok((await ex.result.textContent()).trim().startsWith(shown), `the exercise shows "${shown}…"`);

    // "Your results", from the curriculum's page.
    const overview = new CurriculumPage(page, app.baseUrl, 'starter');
    await overview.goto();
    await overview.waitForOverview();
    await page.getByRole('link', { name: 'Your results', exact: true }).click();
    const record = page.getByTestId('results');
    await record.waitFor();
    assert.equal(overview.route(), '/results/starter');
    await page.getByLabel(/^Your name, as it should appear/).fill(LEARNER);
    await record.locator('.certificate-name', { hasText: LEARNER }).waitFor();
    await eventually(async () => assert.equal((await overview.storage())['cca-lab.learner'], LEARNER));

    // Download the JSON.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download results (JSON)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'starter-results.json');
    await page.getByText('Downloaded starter-results.json.').waitFor();
    const text = await readFile(await download.path(), 'utf8');
    const results = JSON.parse(text);

    // The stored progress the file is made from.
    const progress = JSON.parse((await overview.storage())['cca-lab.progress']).curricula.starter;
    const attempt = progress.mappings[MAPPING_KEY].attempts[0];

    assert.equal(results.format, format);
    assert.equal(results.version, version);
    assert.match(results.exported_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    assert.ok(Math.abs(Date.parse(results.exported_at) - Date.now()) < 10 * 60 * 1000, 'exported_at is now');
    assert.equal(results.learner, LEARNER);
    assert.deepEqual(results.curriculum, { id: 'starter', version: curriculumVersion, title, language: 'en' });
    assert.deepEqual(results.lessons, { total: lessons.length, completed: ['agenda/why-migration'] });
    assert.deepEqual(results.questions, [
      { step: 'agenda/why-migration/check-figure', selected: ['a'], correct: true, attempts: 1 },
      { step: 'agenda/targets/which-targets', selected: ['a', 'c'], correct: false, attempts: 1 },
    ]);

    // The mapping attempt: its score (by the rules of src/domain/mapping.rs) and its answers.
    assert.equal(results.mappings.length, 1);
    const [m] = results.mappings;
    assert.equal(m.step, MAPPING_KEY);
    assert.ok(Math.abs(m.attempts[0].score - expectedMapping) < 1e-9, `score ${m.attempts[0].score} ≈ ${expectedMapping}`);
    assert.equal(m.best, m.attempts[0].score);
    assert.equal(m.last, m.attempts[0].score);
    assert.equal(m.attempts.length, 1);
    assert.deepEqual(m.attempts[0], { score: attempt.score, answers: attempt.answers }, 'the attempt as stored');
    const nonEmpty = Object.fromEntries(Object.entries(m.attempts[0].answers).filter(([, refs]) => refs.length > 0));
    assert.deepEqual(nonEmpty, CHOSEN, 'the references chosen, by priority');

    // Totals and score: every question (1 if right) and every exercise (its best) counted once.
    const questions = scored.filter((s) => s.kind !== 'mapping').length;
    const mappings = scored.filter((s) => s.kind === 'mapping').length;
    assert.deepEqual(results.totals, { questions, answered: 2, correct: 1, mappings, attempted: 1 });
    const score = (1 + 0 + m.best) / (questions + mappings);
    assert.ok(Math.abs(results.score - score) < 1e-9, `overall score ${results.score} ≈ ${score}`);
    assert.equal(results.complete, false);
    // Nothing else in the file.
    assert.deepEqual(Object.keys(results).sort(), [
      'complete', 'curriculum', 'exported_at', 'format', 'learner', 'lessons', 'mappings', 'questions', 'score', 'totals', 'version',
    ]);

    // The record on the page says the same.
    const fact = (name) => record.locator('dl.certificate-facts > div', { has: page.locator('dt', { hasText: name }) }).locator('dd');
    assert.equal((await fact('Lessons completed').textContent()).trim(), `1 of ${lessons.length}`);
    assert.equal((await fact('Questions answered correctly').textContent()).trim(), `1 of ${questions} (2 answered)`);
    assert.equal((await fact('Overall score').textContent()).trim(), `${Math.round(score * 100)}\u00a0%`);
    assert.equal((await fact('Status').textContent()).trim(), 'In progress');

    // Print media: the tools, the site header and the buttons are hidden; the record shows.
    const tools = page.locator('.results-tools');
    assert.ok(await tools.isVisible(), 'the tools show on screen');
    await page.emulateMedia({ media: 'print' });
    await tools.waitFor({ state: 'hidden' });
    assert.equal(await page.locator('header.site-header').isVisible(), false, 'no site header in print');
    assert.equal(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible(), false);
    assert.ok(await record.isVisible(), 'the record prints');
    assert.ok(await record.locator('h1', { hasText: title }).isVisible());
    assert.ok(await record.locator('.certificate-name', { hasText: LEARNER }).isVisible());
    assert.ok(await record.locator('table').isVisible(), 'the mapping table prints');
    await page.emulateMedia({ media: 'screen' });
    await tools.waitFor();

    errors.assertNone();
  } finally {
    await context.close();
  }
});
