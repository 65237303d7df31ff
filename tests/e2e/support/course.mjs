// Checks shared by the course walkthroughs (specs 21 and 22): a lesson's
// steps against its TOML file, and a question answered with its key.

import assert from 'node:assert/strict';

import { REFERENCE_DATA, collapse, markdownOutline, markdownPlain, officialText } from './data.mjs';

/** The app's percentages: digits, a no-break space (U+00A0), `%`. */
export const pct = (n) => `${n}\u00a0%`;
/** The heading the app gives a step without a title (src/ui/pages/lesson.rs). */
const DEFAULT_HEADING = {
  single_choice: 'Check your understanding',
  multiple_choice: 'Check your understanding',
  reference_card: 'Official texts',
  mapping: 'Mapping exercise',
};
export const isQuestion = (s) => s.kind === 'single_choice' || s.kind === 'multiple_choice';

/** Checks every step of the open lesson against `lesson` (from the files). */
export async function expectLesson(view, lesson, where) {
  assert.deepEqual(
    await view.steps.evaluateAll((ss) => ss.map((s) => s.dataset.step)),
    lesson.steps.map((s) => s.id),
    `${where}: one section per step, in order`,
  );
  for (const step of lesson.steps) {
    const at = `${where}, step ${step.id} (${step.kind})`;
    const shown = await view.stepText(step.id);
    assert.equal(shown.title, step.title ?? DEFAULT_HEADING[step.kind] ?? '', `${at}: heading`);
    if (step.kind === 'reading') {
      const md = markdownOutline(step.body);
      assert.ok(md.headings.length + md.paragraphs.length > 0, `${at}: the file has text`);
      for (const h of md.headings) assert.ok(shown.headings.includes(h), `${at}: heading "${h}" shown`);
      for (const p of md.paragraphs) assert.ok(shown.paragraphs.includes(p), `${at}: paragraph "${p.slice(0, 60)}…" shown`);
    }
    if (step.kind === 'reference_card') {
      if (step.intro) {
        for (const p of markdownOutline(step.intro).paragraphs) assert.ok(shown.paragraphs.includes(p), `${at}: intro shown`);
      }
      const cards = view.refCards(step.id);
      assert.deepEqual(await cards.evaluateAll((as) => as.map((a) => a.dataset.ref)), step.refs, `${at}: one card per ref`);
      for (const ref of step.refs) {
        const { text } = view.refCard(step.id, ref);
        assert.equal(collapse(await text.textContent()), await officialText(REFERENCE_DATA, ref), `${at}: official text of ${ref}`);
        assert.equal(await text.getAttribute('lang'), 'en');
      }
    }
    if (isQuestion(step)) {
      const q = view.question(step.id);
      await q.form.waitFor();
      assert.equal(await q.options.count(), step.options.length, `${at}: every option`);
      assert.ok(collapse(await q.form.locator('legend').textContent()).endsWith(markdownPlain(step.prompt)), `${at}: prompt`);
    }
  }
}

/** Answers question `step` right, and checks the feedback on every option. */
export async function answerRight(view, step, where) {
  const q = view.question(step.id);
  assert.equal(await q.result.textContent(), '', `${where}: not answered yet`);
  await q.choose(...step.answer);
  await q.check();
  assert.equal((await q.result.textContent()).trim(), 'Correct.', `${where}: the key's answer is right`);
  assert.equal(await q.feedback.count(), step.options.length, `${where}: feedback on every option`);
  for (const o of step.options) {
    const feedback = collapse(await q.option(o.id).locator('.feedback').textContent());
    const status = step.answer.includes(o.id) ? '✓ Your choice: correct' : 'Not chosen';
    assert.ok(feedback.startsWith(status), `${where}, option ${o.id}: "${status}" (got "${feedback.slice(0, 40)}")`);
    assert.ok(feedback.includes(markdownPlain(o.feedback)), `${where}, option ${o.id}: its feedback from the file`);
  }
  if (step.explanation) {
    assert.equal(collapse(await q.form.locator('.explanation').textContent()), markdownPlain(step.explanation));
  }
}
