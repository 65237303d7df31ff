// axe-core (WCAG 2.0 and 2.1, levels A and AA) finds no violation on any
// page type, in English (left to right) and in Arabic (right to left): the
// catalogue, a curriculum, its diagnostics panel, a question with its
// feedback, a mapping exercise with its picker open and then scored with
// its analytics, a reference card, the results, the workspace list, a
// workspace with its analytics, and its printable report.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { axeViolations } from '../support/axe.mjs';
import { eventually } from '../support/browser.mjs';
import { routeUrl } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

for (const locale of ['en-US', 'ar']) {
  const lang = locale.slice(0, 2);
  test(`no axe-core violation on any page type (${lang})`, async () => {
    const { context, page, errors } = await app.open({ locale });
    const found = [];
    const check = async (name) => {
      await eventually(async () => assert.equal(await page.evaluate(() => document.documentElement.lang), lang));
      const v = await axeViolations(page);
      if (v.length) found.push(`${name}:\n  ${v.join('\n  ')}`);
    };
    const go = async (route, ready) => {
      await page.goto(routeUrl(app.baseUrl, route));
      await page.locator(ready).first().waitFor();
    };
    try {
      await go('/', '[data-testid="catalog"] li.card');
      await check('catalogue');
      await go('/c/starter', '[data-testid="modules"]');
      await check('curriculum');
      await go('/c/broken-demo', '[data-testid="diagnostics"]');
      await check('diagnostics panel');

      await go('/c/starter/gcm/compact', '[data-testid="question"]');
      const form = page.getByTestId('question').first();
      await form.locator('input').first().check();
      await form.locator('button[type="submit"]').click();
      await form.locator('.feedback').first().waitFor();
      await check('question with feedback');

      await go('/c/starter/gcm/mapping-ardenia', '[data-testid="mapping"]');
      const input = page.locator('[data-testid="mapping"] input[role="combobox"]').first();
      await input.fill('10.7');
      await page.locator('[role="option"]').first().waitFor();
      await page.keyboard.press('ArrowDown');
      await page.locator('.picker-preview .preview-text').waitFor();
      await check('mapping exercise, picker open');
      await page.keyboard.press('Enter');
      await page.locator('ul.chips > li.chip').first().waitFor();
      await page.locator('.mapping-actions button').click();
      await page.locator('.priority-result').first().waitFor();
      await page.locator('details.mapping-analytics > summary').click();
      await page.locator('details.mapping-analytics [data-testid="analytics"]').waitFor();
      await check('mapping exercise, scored, with analytics');

      await go('/ref/sdg:10.7.2', 'article.ref-card');
      await check('reference card');
      await go('/results/starter', '[data-testid="results"]');
      await check('results');

      await go('/workspaces', 'main h1');
      await check('workspace list');
      await page.locator('#ws-paste, textarea').first().fill('Fair recruitment of migrant workers\nCheaper remittances');
      await page.locator('main form button[type="submit"]').first().click();
      const created = page.getByTestId('created');
      await created.waitFor();
      await created.locator('a').first().click();
      await page.getByTestId('priorities').waitFor();
      await page.locator('#ws-analytics').waitFor();
      await check('workspace with analytics');
      const id = decodeURIComponent(new URL(page.url()).hash).replace(/^#\/w\//, '');
      await go(`/w/${id}/report`, '[data-testid="report-priorities"]');
      await check('report');

      assert.deepEqual(found, [], `axe-core violations (${lang}):\n${found.join('\n')}`);
      errors.assertNone();
    } finally {
      await context.close();
    }
  });
}
