// The catalogue, opened at the app's sub-path on a plain static server,
// lists every curriculum: the starter with its title and languages, and the
// broken one flagged as having problems, without any browser error.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';

import { curriculumTexts } from '../support/data.mjs';
import { CatalogPage } from '../support/pages.mjs';
import { CATALOG } from '../support/server.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

test('catalogue at a sub-path lists the course first, then the starter, and flags the broken curriculum', async () => {
  const { context, page, errors } = await app.open();
  try {
    const catalog = new CatalogPage(page, app.baseUrl);
    await catalog.goto();
    assert.equal(new URL(page.url()).pathname, '/training/cca-lab/');

    // Every curriculum of the served catalogue, in its order.
    await catalog.card('broken-demo').root.waitFor();
    const ids = await catalog.list
      .locator('li.card')
      .evaluateAll((cards) => cards.map((c) => c.dataset.curriculum));
    assert.deepEqual(ids, CATALOG);
    assert.equal(ids[0], 'cca-migration', 'the course is shown first');

    // The starter: English title (from en/about.toml), languages, no problem.
    const en = await curriculumTexts(join(app.server.appDir, 'curricula'), 'starter', 'en');
    const starter = catalog.card('starter');
    assert.equal((await starter.title.textContent()).trim(), en.title);
    assert.equal((await starter.fact('Languages').textContent()).trim(), 'English, Français');
    assert.equal((await starter.fact('Your progress').textContent()).trim(), 'not started');
    assert.equal(await starter.problem.count(), 0);
    assert.doesNotMatch((await starter.root.getAttribute('class')) ?? '', /has-errors/);

    // The broken curriculum: shown, flagged, still a link to its page.
    const broken = catalog.card('broken-demo');
    assert.match((await broken.root.getAttribute('class')) ?? '', /\bhas-errors\b/);
    assert.match(await broken.problem.textContent(), /has problems in its files/);
    // Its about.toml has an error, so the card may fall back to the id.
    assert.match((await broken.title.textContent()).trim(), /^(Broken demo curriculum|broken-demo)$/);

    // The starter card leads to the curriculum.
    await starter.link.click();
    await catalog.waitForHeading(en.title);
    assert.equal(catalog.route(), '/c/starter');
    assert.equal(await page.title(), `${en.title} — CCA Migration Lab`);

    errors.assertNone();
  } finally {
    await context.close();
  }
});
