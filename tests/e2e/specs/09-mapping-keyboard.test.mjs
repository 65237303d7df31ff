// The mapping exercise can be done with the keyboard alone: Tab to each
// priority's picker, type a code, ↓ to the option, Enter; Tab to Submit.
// Mapping exactly the answer key (read from en/gcm.toml) scores 100 % and
// every expected reference is explained as right; removing one reference
// (its chip's remove button, by keyboard) scores less and lists it as
// missed with the trainer's rationale; both attempts survive a reload. The
// picker's ARIA state (combobox, listbox, active option) is checked on the
// way.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';

import { eventually } from '../support/browser.mjs';
import { LessonPage, MappingExercise, hasFocus, tabTo } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

const STEP = 'map-ardenia';
const KEY = `gcm/mapping-ardenia/${STEP}`;
/** The app's percentages: digits, a no-break space (U+00A0), `%`. */
const pct = (n) => `${n}\u00a0%`;

/** The checks on the combobox while its list is open with an active option. */
function assertOpenWithActive(state, where) {
  assert.equal(state.expanded, 'true', `${where}: aria-expanded while the list is open`);
  assert.equal(state.listboxRole, 'listbox', `${where}: aria-controls names the listbox`);
  assert.equal(state.listboxHidden, false, `${where}: the listbox is shown`);
  assert.ok(state.activeId, `${where}: aria-activedescendant is set`);
  assert.equal(state.active?.role, 'option', `${where}: aria-activedescendant names a role=option`);
  assert.equal(state.active?.inListbox, true, `${where}: the active option is in the listbox`);
  assert.equal(state.active?.selected, 'true', `${where}: the active option has aria-selected=true`);
}

test('keyboard only: map every priority to the key, score 100 %, remove one, resubmit, reload', async () => {
  const key = await MappingExercise.readKey(
    join(app.server.appDir, 'curricula', 'starter', 'en', 'gcm.toml'),
    STEP,
  );
  const { context, page, errors } = await app.open();
  try {
    const lesson = new LessonPage(page, app.baseUrl, 'starter', 'gcm', 'mapping-ardenia');
    await lesson.goto();
    const ex = new MappingExercise(page, lesson.article.locator(`section.step[data-step="${STEP}"]`));
    await ex.root.waitFor();
    assert.deepEqual(await ex.priorityTexts(), key.map((p) => p.text));
    assert.equal(await ex.result.textContent(), '');

    // The list opens on typing words; ↓ makes an option active; Escape
    // closes the list, and a second Escape clears the input.
    const first = ex.priority(key[0].id).picker;
    await tabTo(page, first.input);
    assert.equal((await first.aria()).expanded, 'false', 'closed before typing');
    await page.keyboard.type('remittances');
    await first.options.first().waitFor();
    await page.keyboard.press('ArrowDown');
    const open = await eventually(async () => {
      const s = await first.aria();
      assert.ok(s.activeId);
      return s;
    });
    assertOpenWithActive(open, 'words "remittances"');
    assert.equal(open.activeId, await first.options.first().getAttribute('id'), '↓ activates the first option');
    await page.keyboard.press('Escape');
    await eventually(async () => {
      const s = await first.aria();
      assert.equal(s.expanded, 'false', 'Escape closes the list');
      assert.equal(s.activeId, null, 'no active option once closed');
      assert.equal(s.listboxHidden, true);
    });
    assert.equal(await first.input.inputValue(), 'remittances', 'the first Escape keeps the text');
    await page.keyboard.press('Escape');
    await eventually(async () => assert.equal(await first.input.inputValue(), ''));
    assert.ok(await hasFocus(first.input), 'the focus stays in the input');

    // Map every priority to exactly its expected references.
    for (const p of key) {
      const picker = ex.priority(p.id).picker;
      if (p.expected.length === 0) {
        assert.equal(await picker.chips.count(), 0);
        continue;
      }
      await tabTo(page, picker.input);
      for (const { ref } of p.expected) {
        const seen = await picker.addByKeyboard(ref);
        seen.forEach((s, i) => assertOpenWithActive(s, `${p.id}, ${ref}, ↓ #${i + 1}`));
        assert.ok(await hasFocus(picker.input), 'adding keeps the focus in the input');
        assert.match(await picker.status.textContent(), new RegExp(`^Added `));
      }
      assert.deepEqual(await picker.chosen(), p.expected.map((e) => e.ref));
    }
    // Each change is a saved draft.
    await eventually(async () => {
      const stored = JSON.parse((await lesson.storage())['cca-lab.progress'] ?? 'null');
      const draft = stored?.curricula?.starter?.mappings?.[KEY]?.draft ?? {};
      for (const p of key.filter((q) => q.expected.length > 0)) {
        assert.deepEqual(draft[p.id], p.expected.map((e) => e.ref), `draft of ${p.id}`);
      }
    });

    // Tab to Submit, Enter.
    await tabTo(page, ex.submitButton);
    await page.keyboard.press('Enter');
    await ex.tryAgainButton.waitFor();
    assert.equal(
      (await ex.result.textContent()).trim(),
      `Score ${pct(100)} — precision ${pct(100)}, recall ${pct(100)}.`,
    );
    for (const p of key) {
      const pr = ex.priority(p.id);
      await pr.result.waitFor();
      assert.match(await pr.score.textContent(), new RegExp(`^F1 ${pct(100)}`), `F1 of ${p.id}`);
      assert.deepEqual(
        (await pr.refs('right')).sort(),
        p.expected.map((e) => e.ref).sort(),
        `${p.id}: every expected reference is right`,
      );
      for (const kind of ['partly', 'missed', 'extra']) {
        assert.deepEqual(await pr.refs(kind), [], `${p.id}: nothing ${kind}`);
      }
      for (const e of p.expected) {
        assert.equal((await pr.item('right', e.ref).locator('.rationale').textContent()).trim(), e.rationale);
      }
      if (p.expected.length === 0) {
        assert.match(await pr.result.textContent(), /Nothing to map here, and you chose nothing: right\./);
      }
      // Submitted: the pickers are read-only.
      assert.equal(await pr.picker.input.count(), 0, `${p.id}: no search input once submitted`);
    }

    // The analytics of the learner's mapping, opened from the keyboard.
    assert.equal(await ex.analytics.count(), 1);
    const summary = ex.root.locator('details.mapping-analytics > summary');
    await tabTo(page, summary);
    await page.keyboard.press('Enter');
    await ex.analytics.waitFor();
    const objectives = new Set(key.flatMap((p) => p.expected.map((e) => e.ref)).filter((r) => r.startsWith('gcm:')));
    assert.match(
      await ex.analytics.getByTestId('coverage-gcm').getByTestId('summary').textContent(),
      new RegExp(`^${objectives.size} of 23 objectives are addressed`),
    );

    // Try again (Shift+Tab back to it), remove one reference with its
    // chip's remove button, resubmit.
    await tabTo(page, ex.tryAgainButton, { back: true });
    await page.keyboard.press('Enter');
    await ex.submitButton.waitFor();
    assert.equal(await ex.result.textContent(), '');
    const target = key.filter((p) => p.expected.length > 1).at(-1);
    const removed = target.expected.at(-1);
    const kept = target.expected.slice(0, -1).map((e) => e.ref);
    const picker = ex.priority(target.id).picker;
    await tabTo(page, picker.removeButton(removed.ref), { back: true });
    assert.equal(await picker.removeButton(removed.ref).getAttribute('aria-label'), `Remove ${await picker.chip(removed.ref).locator('.chip-label').textContent()}`);
    await page.keyboard.press('Space');
    await picker.chip(removed.ref).waitFor({ state: 'detached' });
    assert.deepEqual(await picker.chosen(), kept);
    // The focus goes to the neighbouring chip's button, and it is announced.
    await eventually(async () => assert.ok(await hasFocus(picker.removeButton(kept.at(-1))), 'focus on the neighbour chip'));
    assert.match(await picker.status.textContent(), /^Removed /);

    await tabTo(page, ex.submitButton);
    await page.keyboard.press('Enter');
    await ex.tryAgainButton.waitFor();
    const line = (await ex.result.textContent()).trim();
    const score = Number(line.match(new RegExp(`^Score (\\d+)\u00a0% — `))?.[1]);
    assert.ok(score < 100, `score below 100 % after removing ${removed.ref}: "${line}"`);
    const tr = ex.priority(target.id);
    assert.deepEqual(await tr.refs('missed'), [removed.ref]);
    assert.deepEqual(await tr.refs('right'), kept);
    assert.equal((await tr.item('missed', removed.ref).locator('.rationale').textContent()).trim(), removed.rationale);

    // Both attempts are saved, and listed after a reload.
    await eventually(async () => {
      const stored = JSON.parse((await lesson.storage())['cca-lab.progress'] ?? 'null');
      const attempts = stored?.curricula?.starter?.mappings?.[KEY]?.attempts ?? [];
      assert.equal(attempts.length, 2);
    });
    await page.reload();
    await ex.attempts.first().waitFor();
    assert.deepEqual(
      (await ex.attempts.allTextContents()).map((t) => t.trim()),
      [`Score ${pct(100)}`, `Score ${pct(score)}`],
    );
    // Reopened on the last attempt: its result is shown again.
    assert.equal((await ex.result.textContent()).trim(), line);

    errors.assertNone();
  } finally {
    await context.close();
  }
});
