// Arabic, right to left, with the keyboard alone: the page reads right to
// left (<html dir=rtl>, the header and breadcrumbs mirrored), the skip link
// comes first, every focused control shows a visible outline, and a
// question and a mapping exercise are completed without the mouse, with
// their results announced in Arabic in live regions. At 640 CSS pixels
// wide (a 1280-pixel window at 200 % zoom) no page scrolls sideways, in
// Arabic or English.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';

import { eventually } from '../support/browser.mjs';
import { LessonPage, MappingExercise, Question, describeFocus, hasFocus, routeUrl, tabTo } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

/** An Arabic browser: the app starts in Arabic. */
const ARABIC = { locale: 'ar' };

async function waitForArabic(page) {
  await eventually(async () =>
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar', 'rtl']),
  );
}

/** The focused element's outline, as the browser draws it. */
async function focusOutline(page) {
  return page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
}

test('Arabic lays out right to left: header, breadcrumbs, skip link first, visible focus', async () => {
  const { context, page, errors } = await app.open(ARABIC);
  try {
    await page.goto(routeUrl(app.baseUrl, '/c/starter/gcm/compact'));
    await waitForArabic(page);
    const lesson = page.getByTestId('lesson');
    await lesson.waitFor();
    // The first Tab reaches the skip link, in Arabic; Enter moves to main.
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    assert.ok(await hasFocus(skip), `first Tab: ${await describeFocus(page)}`);
    assert.equal(await skip.textContent(), 'الانتقال إلى المحتوى الرئيسي');
    assert.notEqual((await focusOutline(page)).style, 'none');
    await page.keyboard.press('Enter');
    assert.ok(await hasFocus(page.locator('main')), 'the skip link moves the focus to main');

    // Mirrored: the site title is at the right, the breadcrumb trail reads
    // from the right, the lesson text (English here) stays left to right.
    const box = async (l) => l.boundingBox();
    const title = await box(page.locator('.site-title'));
    const nav = await box(page.locator('.site-nav'));
    assert.ok(title.x > nav.x, 'the site title is right of the navigation');
    const crumbs = page.locator('.breadcrumbs li');
    const first = await box(crumbs.nth(0));
    const second = await box(crumbs.nth(1));
    assert.ok(first.x > second.x, 'the first breadcrumb is rightmost');
    assert.equal(await lesson.getAttribute('dir'), 'ltr');
    assert.equal(await lesson.getAttribute('lang'), 'en');

    // Every control reached by Tab shows a focus outline.
    for (let i = 0; i < 25; i += 1) {
      await page.keyboard.press('Tab');
      const o = await focusOutline(page);
      assert.ok(o.style !== 'none' && o.width >= 2, `focus outline on ${await describeFocus(page)}: ${JSON.stringify(o)}`);
    }
    errors.assertNone();
  } finally {
    await context.close();
  }
});

test('Arabic, keyboard only: answer a question, then map an exercise and submit it', async () => {
  const { context, page, errors } = await app.open(ARABIC);
  try {
    const lessonPage = new LessonPage(page, app.baseUrl, 'starter', 'gcm', 'compact');
    await page.goto(routeUrl(app.baseUrl, lessonPage.path));
    await waitForArabic(page);
    const section = page.locator('section.step[data-step="which-principles"]');
    const form = section.getByTestId('question');
    await form.waitFor();
    assert.equal(await form.locator('.question-kind').textContent(), 'اختر كل ما ينطبق');
    // Options a, c and e are right (en/gcm.toml): Tab to each, Space.
    for (const id of ['a', 'c', 'e']) {
      const input = form.locator(`input[value="${id}"]`);
      await tabTo(page, input);
      await page.keyboard.press('Space');
      assert.ok(await input.isChecked(), `option ${id} checked by Space`);
    }
    const check = form.locator('button[type="submit"]');
    assert.equal(await check.textContent(), 'تحقّق من الإجابة');
    await tabTo(page, check);
    await page.keyboard.press('Enter');
    const result = form.locator('.question-result');
    await eventually(async () => assert.equal(await result.textContent(), 'إجابة صحيحة.'));
    assert.equal(await result.getAttribute('aria-live'), 'polite');
    assert.equal(await result.getAttribute('lang'), 'ar');
    assert.equal(
      await form.locator('li.option.right .feedback-status').first().textContent(),
      '✓ اختيارك: صحيح',
    );

    // The mapping exercise, keyboard only.
    const key = await MappingExercise.readKey(join(app.server.appDir, 'curricula', 'starter', 'en', 'gcm.toml'), 'map-ardenia');
    await page.goto(routeUrl(app.baseUrl, '/c/starter/gcm/mapping-ardenia'));
    const ex = new MappingExercise(page, page.locator('section.step[data-step="map-ardenia"]'));
    await ex.root.waitFor();
    for (const p of key) {
      if (p.expected.length === 0) continue;
      const picker = ex.priority(p.id).picker;
      await tabTo(page, picker.input);
      for (const { ref } of p.expected) {
        await picker.addByKeyboard(ref);
        assert.match(await picker.status.textContent(), /^أُضيف /, 'the addition is announced in Arabic');
      }
      assert.deepEqual(await picker.chosen(), p.expected.map((e) => e.ref));
    }
    const submit = ex.root.locator('.mapping-actions button');
    assert.equal(await submit.textContent(), 'إرسال');
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    await eventually(async () => assert.match(await ex.result.textContent(), /^النتيجة \S+ — الدقة \S+، الاستدعاء \S+\.$/));
    assert.equal(await ex.result.getAttribute('aria-live'), 'polite');
    // 100 % as the browser writes it in Arabic (Intl.NumberFormat).
    const hundred = await page.evaluate(() => new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 0 }).format(1));
    assert.ok((await ex.result.textContent()).startsWith(`النتيجة ${hundred}`), await ex.result.textContent());
    assert.equal(await submit.textContent(), 'حاول مرة أخرى');
    await eventually(async () => {
      const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('cca-lab.progress'))) ?? 'null');
      assert.equal(stored?.curricula?.starter?.mappings?.['gcm/mapping-ardenia/map-ardenia']?.attempts?.[0]?.score, 1);
    });
    errors.assertNone();
  } finally {
    await context.close();
  }
});

test('at 640 CSS pixels wide (200 % zoom) no page scrolls sideways, in Arabic and English', async () => {
  const routes = ['/', '/c/starter', '/c/starter/gcm/compact', '/c/starter/gcm/mapping-ardenia', '/ref/sdg:10.7', '/results/starter', '/workspaces'];
  for (const locale of ['ar', 'en-US']) {
    const { context, page, errors } = await app.open({ locale, viewport: { width: 640, height: 800 } });
    try {
      for (const route of routes) {
        await page.goto(routeUrl(app.baseUrl, route));
        await page.locator('main h1').first().waitFor();
        await eventually(async () => assert.equal(await page.evaluate(() => document.documentElement.lang), locale.slice(0, 2)));
        const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        assert.ok(scroll <= client, `${locale} ${route}: page is ${scroll} px wide in a ${client} px window`);
      }
      errors.assertNone();
    } finally {
      await context.close();
    }
  }
});
