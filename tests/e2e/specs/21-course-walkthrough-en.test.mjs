// The default course, `cca-migration`, in English, as a learner meets it:
// from the curriculum's page, the first lesson of every module, reached by
// its link, shows its title, every step of its TOML file, the Markdown
// bodies, reference cards with the official texts of the app's data tables,
// and a first question that can be answered with feedback; then one mapping
// exercise done fully with the keyboard scores 100 % and explains every
// expected reference with the trainer's rationale. Everything expected is
// read from the served curriculum files and `src/domain/reference/data`.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';

import { eventually } from '../support/browser.mjs';
import {
  REFERENCE_DATA,
  collapse,
  curriculumFiles,
  markdownPlain,
  officialText,
} from '../support/data.mjs';
import { answerRight, expectLesson, isQuestion, pct } from '../support/course.mjs';
import { CurriculumPage, LessonPage, tabTo } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

const ID = 'cca-migration';
const LANG = 'en';
async function course() {
  return curriculumFiles(join(app.server.appDir, 'curricula'), ID, LANG);
}

test('cca-migration in English: the first lesson of every module, from its link', async () => {
  const c = await course();
  const { context, page, errors } = await app.open();
  try {
    const overview = new CurriculumPage(page, app.baseUrl, ID);
    await overview.goto();
    await overview.waitForHeading(c.title);
    await overview.waitForOverview();
    assert.equal(await page.title(), `${c.title} — CCA Migration Lab`);
    assert.equal(await overview.language.inputValue(), LANG);
    assert.deepEqual(
      (await overview.moduleTitles.allTextContents()).map(collapse),
      c.modules.map((m) => m.title),
    );
    // The page's new parts: "Your results" and "Use offline".
    assert.match(await overview.resultsLink.getAttribute('href'), new RegExp(`#/results/${ID}$`));
    assert.equal(collapse(await overview.offline.locator('h2').textContent()), 'Use offline');
    // Every module is in the chosen language, and the files have no warnings.
    assert.equal(await page.locator('main .notice-inline').count(), 0, 'no "not translated" notice');
    assert.equal(await page.locator('details.translation-notes').count(), 0, 'no notes for trainers');

    for (const m of c.modules) {
      const first = m.lessons[0];
      const where = `${m.id}/${first.id}`;
      const link = overview.lessonLinkTo(m.id, first.id);
      assert.equal(collapse(await link.textContent()), first.title, `${where}: the link names the lesson`);
      await link.click();
      const lesson = new LessonPage(page, app.baseUrl, ID, m.id, first.id);
      await lesson.waitForHeading(first.title);
      assert.equal(collapse(await lesson.title.textContent()), first.title);
      assert.equal(lesson.route(), lesson.path);
      assert.equal(await lesson.article.getAttribute('lang'), LANG);
      assert.equal(await lesson.article.locator('.notice-inline').count(), 0, `${where}: no "not translated" notice`);
      assert.equal(await page.title(), `${first.title} — CCA Migration Lab`);
      await expectLesson(lesson, first, where);

      const q = first.steps.find(isQuestion);
      if (q) await answerRight(lesson, q, `${where}, question ${q.id}`);

      // Back to the curriculum by its breadcrumb.
      await lesson.breadcrumb(c.title).click();
      await overview.waitForOverview();
      await overview.waitForHeading(c.title);
    }

    // The answers are kept, one per first question.
    const answered = c.modules.flatMap((m) => {
      const q = m.lessons[0].steps.find(isQuestion);
      return q ? [`${m.id}/${m.lessons[0].id}/${q.id}`] : [];
    });
    await eventually(async () => {
      const stored = JSON.parse((await overview.storage())['cca-lab.progress'] ?? 'null');
      assert.deepEqual(Object.keys(stored?.curricula?.[ID]?.answers ?? {}).sort(), answered.sort());
    });

    errors.assertNone();
  } finally {
    await context.close();
  }
});

test('cca-migration in English: a mapping exercise done with the keyboard scores 100 % and explains the key', async () => {
  const c = await course();
  // The first mapping exercise of the course (mapping/practice, map-gcm).
  const m = c.modules.find((x) => x.lessons.some((l) => l.steps.some((s) => s.kind === 'mapping')));
  const l = m.lessons.find((x) => x.steps.some((s) => s.kind === 'mapping'));
  const step = l.steps.find((s) => s.kind === 'mapping');
  const key = step.priority;
  assert.ok(key.some((p) => p.expected.length > 0), 'the exercise expects references');
  const { context, page, errors } = await app.open();
  try {
    const overview = new CurriculumPage(page, app.baseUrl, ID);
    await overview.goto();
    await overview.waitForOverview();
    await overview.lessonLinkTo(m.id, l.id).click();
    const lesson = new LessonPage(page, app.baseUrl, ID, m.id, l.id);
    await lesson.waitForHeading(l.title);
    const ex = lesson.mapping(step.id);
    await ex.root.waitFor();
    assert.deepEqual(await ex.priorityTexts(), key.map((p) => p.text));

    // Every priority mapped to exactly its expected references, from the keyboard.
    for (const p of key) {
      const picker = ex.priority(p.id).picker;
      if (p.expected.length === 0) continue;
      await tabTo(page, picker.input);
      for (const { ref } of p.expected) await picker.addByKeyboard(ref);
      assert.deepEqual(await picker.chosen(), p.expected.map((e) => e.ref), `${p.id}: chips`);
    }
    await tabTo(page, ex.submitButton);
    await page.keyboard.press('Enter');
    await ex.tryAgainButton.waitFor();
    assert.equal(
      (await ex.result.textContent()).trim(),
      `Score ${pct(100)} — precision ${pct(100)}, recall ${pct(100)}.`,
    );

    // Every expected reference is right, with its official text and the
    // trainer's rationale; a priority with nothing to map says so.
    for (const p of key) {
      const pr = ex.priority(p.id);
      await pr.result.waitFor();
      assert.match(await pr.score.textContent(), new RegExp(`^F1 ${pct(100)}`), `F1 of ${p.id}`);
      assert.deepEqual((await pr.refs('right')).sort(), p.expected.map((e) => e.ref).sort(), `${p.id}: right`);
      for (const kind of ['partly', 'missed', 'extra']) assert.deepEqual(await pr.refs(kind), [], `${p.id}: nothing ${kind}`);
      for (const e of p.expected) {
        const item = pr.item('right', e.ref);
        assert.equal(collapse(await item.locator('.rationale').textContent()), markdownPlain(e.rationale), `${p.id}, ${e.ref}: rationale`);
        assert.equal(collapse(await item.locator('.verdict-text').textContent()), await officialText(REFERENCE_DATA, e.ref));
      }
      if (p.expected.length === 0) {
        assert.match(await pr.result.textContent(), /Nothing to map here, and you chose nothing: right\./);
      }
    }

    // The attempt is saved with its score.
    await eventually(async () => {
      const stored = JSON.parse((await lesson.storage())['cca-lab.progress'] ?? 'null');
      const attempts = stored?.curricula?.[ID]?.mappings?.[`${m.id}/${l.id}/${step.id}`]?.attempts ?? [];
      assert.equal(attempts.length, 1);
      assert.equal(attempts[0].score, 1);
    });

    errors.assertNone();
  } finally {
    await context.close();
  }
});
