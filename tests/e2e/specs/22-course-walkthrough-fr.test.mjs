// The default course, `cca-migration`, in French, as a learner meets it:
// on the curriculum's page the language picker switches to Français (as in
// spec 06); then the first lesson of every module, reached by its link,
// shows its French title, every step of its fr/ TOML file, the French
// Markdown bodies, reference cards with the official English texts of the
// app's data tables (the app shows official texts in English, marked
// lang="en"), and a first question that can be answered with its French
// feedback; then one mapping exercise done fully with the pointer scores
// 100 % and explains every expected reference with the French rationale.
// Everything expected is read from the served curriculum files and
// `src/domain/reference/data`.

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
import { CurriculumPage, LessonPage } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

const ID = 'cca-migration';
const LANG = 'fr';
async function course(language = LANG) {
  return curriculumFiles(join(app.server.appDir, 'curricula'), ID, language);
}

/** Opens the curriculum's page and chooses Français with its language picker. */
async function openInFrench(page, c) {
  const overview = new CurriculumPage(page, app.baseUrl, ID);
  await overview.goto();
  await overview.waitForOverview();
  assert.equal(await overview.language.inputValue(), 'en', 'shown in English first');
  await overview.language.selectOption({ label: 'Français' });
  await overview.waitForHeading(c.title);
  await eventually(async () =>
    assert.deepEqual((await overview.moduleTitles.allTextContents()).map(collapse), c.modules.map((m) => m.title)),
  );
  assert.equal(await overview.language.inputValue(), LANG);
  await eventually(async () => {
    const stored = JSON.parse((await overview.storage())['cca-lab.progress'] ?? 'null');
    assert.equal(stored?.curricula?.[ID]?.language, LANG);
  });
  return overview;
}

test('cca-migration in French: the first lesson of every module, from its link', async () => {
  const c = await course();
  const en = await course('en');
  assert.notEqual(c.title, en.title, 'the French title differs from the English one');
  const { context, page, errors } = await app.open();
  try {
    const overview = await openInFrench(page, c);
    assert.equal(await page.title(), `${c.title} — CCA Migration Lab`);
    assert.deepEqual(
      await overview.modules.locator(':scope > li').evaluateAll((lis) => lis.map((li) => li.lang)),
      c.modules.map(() => LANG),
    );
    // The page's new parts: "Your results" and "Use offline" (the app's own
    // words are English whatever the curriculum's language).
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

test('cca-migration in French: a mapping exercise done with the pointer scores 100 % and explains the key in French', async () => {
  const c = await course();
  // The first mapping exercise of the course (mapping/practice, map-gcm).
  const m = c.modules.find((x) => x.lessons.some((l) => l.steps.some((s) => s.kind === 'mapping')));
  const l = m.lessons.find((x) => x.steps.some((s) => s.kind === 'mapping'));
  const step = l.steps.find((s) => s.kind === 'mapping');
  const key = step.priority;
  assert.ok(key.some((p) => p.expected.length > 0), 'the exercise expects references');
  const enStep = (await course('en')).modules
    .find((x) => x.id === m.id)
    .lessons.find((x) => x.id === l.id)
    .steps.find((s) => s.id === step.id);
  assert.notDeepEqual(
    key.map((p) => p.text),
    enStep.priority.map((p) => p.text),
    'the French priorities differ from the English ones',
  );
  const { context, page, errors } = await app.open();
  try {
    const overview = await openInFrench(page, c);
    await overview.lessonLinkTo(m.id, l.id).click();
    const lesson = new LessonPage(page, app.baseUrl, ID, m.id, l.id);
    await lesson.waitForHeading(l.title);
    const ex = lesson.mapping(step.id);
    await ex.root.waitFor();
    assert.equal(await lesson.article.getAttribute('lang'), LANG);
    assert.deepEqual(await ex.priorityTexts(), key.map((p) => p.text));

    // Every priority mapped to exactly its expected references, with the
    // pointer: type the code, click the option.
    for (const p of key) {
      const picker = ex.priority(p.id).picker;
      if (p.expected.length === 0) continue;
      for (const { ref } of p.expected) await picker.addByClick(ref);
      assert.deepEqual(await picker.chosen(), p.expected.map((e) => e.ref), `${p.id}: chips`);
    }
    await ex.submitButton.click();
    await ex.tryAgainButton.waitFor();
    assert.equal(
      (await ex.result.textContent()).trim(),
      `Score ${pct(100)} — precision ${pct(100)}, recall ${pct(100)}.`,
    );

    // Every expected reference is right, with its official (English) text
    // and the trainer's French rationale; a priority with nothing to map
    // says so (the app's own words are English).
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
