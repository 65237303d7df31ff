// The reference page of SDG target 10.7 shows its official text, and its
// search finds target 10.c from the word "remittances".

import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';

import { sdgTargetText } from '../support/data.mjs';
import { ReferencePage, refLinkSelector } from '../support/pages.mjs';
import { E2E_DIR } from '../support/server.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

const TARGETS_CSV = resolve(E2E_DIR, '../../src/domain/reference/data/sdg_targets.csv');

test('reference page shows the official text of target 10.7 and searches', async () => {
  const official = await sdgTargetText(TARGETS_CSV, '10.7');
  const officialC = await sdgTargetText(TARGETS_CSV, '10.c');
  const { context, page, errors } = await app.open();
  try {
    const ref = new ReferencePage(page, app.baseUrl, 'sdg:10.7');
    await ref.goto();
    await ref.waitForHeading('SDG target 10.7');
    assert.equal((await ref.text.textContent()).trim(), official);
    assert.equal(await ref.text.getAttribute('lang'), 'en');
    assert.equal(await page.title(), 'SDG target 10.7 — CCA Migration Lab');
    // Its indicators are listed, open, on the full page.
    await ref.card.locator(refLinkSelector('sdg:10.7.1')).waitFor();

    await ref.search.fill('remittances');
    const hit = ref.result('sdg:10.c');
    await hit.waitFor();
    assert.equal((await hit.locator('a').textContent()).trim(), 'SDG target 10.c');
    assert.ok((await hit.textContent()).includes(officialC), 'the result shows the official text');
    // Every result mentions the word.
    const texts = await ref.results.allTextContents();
    assert.ok(texts.length >= 1 && texts.length <= 20, `${texts.length} results`);
    assert.ok(texts.every((t) => /remittance/i.test(t)), texts.join('\n'));

    // The result leads to the entry's page.
    await hit.locator('a').click();
    await ref.waitForHeading('SDG target 10.c');
    assert.equal(ref.route(), '/ref/sdg:10.c');
    assert.equal(
      (await page.locator('article.ref-card[data-ref="sdg:10.c"] .ref-text').textContent()).trim(),
      officialC,
    );

    errors.assertNone();
  } finally {
    await context.close();
  }
});
