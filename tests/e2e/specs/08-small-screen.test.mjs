// On a 360×740 phone screen, lessons fit the width: no horizontal scroll.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { LessonPage } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

const WIDTH = 360;
// Every lesson of the starter curriculum: prose, a table, reference cards
// and questions.
const LESSONS = [
  ['agenda', 'why-migration'],
  ['agenda', 'targets'],
  ['gcm', 'compact'],
  ['gcm', 'objectives-and-sdgs'],
];

/** The page's scroll width, and the elements that stick out to the right. */
async function overflow(page) {
  return page.evaluate((width) => {
    const wide = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5) {
        const id = el.id ? `#${el.id}` : '';
        const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
        const text = el.textContent.trim().slice(0, 50);
        wide.push(`${el.tagName.toLowerCase()}${id}${cls} "${text}" (right edge ${Math.round(r.right)}px)`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 8) };
  }, WIDTH);
}

test('lessons have no horizontal scroll at 360×740', async () => {
  const { context, page, errors } = await app.open({
    viewport: { width: WIDTH, height: 740 },
    hasTouch: true,
  });
  try {
    const failures = [];
    for (const [module, id] of LESSONS) {
      const lesson = new LessonPage(page, app.baseUrl, 'starter', module, id);
      await lesson.goto();
      await lesson.complete.waitFor();
      await page.locator('section.step').last().waitFor();
      const { scrollWidth, wide } = await overflow(page);
      if (scrollWidth > WIDTH) {
        failures.push(`lesson ${module}/${id}: scrollWidth ${scrollWidth} > ${WIDTH}; too wide:\n    ${wide.join('\n    ')}`);
      }
    }

    // With the feedback of a checked question shown, too.
    const lesson = new LessonPage(page, app.baseUrl, 'starter', 'agenda', 'targets');
    await lesson.goto();
    const q = lesson.question('which-targets');
    await q.choose('a', 'c');
    await q.check();
    const { scrollWidth, wide } = await overflow(page);
    if (scrollWidth > WIDTH) {
      failures.push(`lesson agenda/targets with feedback: scrollWidth ${scrollWidth}; too wide:\n    ${wide.join('\n    ')}`);
    }
    assert.ok(failures.length === 0, `horizontal scroll at ${WIDTH}px:\n  ${failures.join('\n  ')}`);

    errors.assertNone();
  } finally {
    await context.close();
  }
});
