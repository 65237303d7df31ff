// Saved progress that cannot be used (damaged, or written by a newer
// version) never stops the app and is never thrown away: it is moved to a
// `cca-lab.progress.aside.<ms>` key and the learner is told.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CatalogPage } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

const KEY = 'cca-lab.progress';
const ASIDE = /^cca-lab\.progress\.aside\.\d+$/;

/** A fresh context whose localStorage holds `value` under KEY when the app first starts. */
async function openWithStored(value) {
  const opened = await app.open();
  // Only before the first load: later reloads must see what the app left.
  await opened.context.addInitScript(
    ([key, v]) => {
      if (!sessionStorage.getItem('e2e-seeded')) {
        localStorage.setItem(key, v);
        sessionStorage.setItem('e2e-seeded', '1');
      }
    },
    [KEY, value],
  );
  return opened;
}

async function expectKeptAside(catalog, value) {
  await catalog.goto();
  await catalog.card('starter').root.waitFor();
  await catalog.notices.first().waitFor();
  assert.equal(await catalog.notices.count(), 1);
  const notice = (await catalog.notices.locator('p').textContent()).trim();

  const stored = await catalog.storage();
  const asideKeys = Object.keys(stored).filter((k) => ASIDE.test(k));
  assert.equal(asideKeys.length, 1, `one aside key in ${JSON.stringify(Object.keys(stored))}`);
  assert.equal(stored[asideKeys[0]], value, 'the unusable value is kept byte for byte');
  assert.equal(stored[KEY], undefined, 'the unusable value no longer sits under the live key');
  // The notice names the key the value was kept under.
  assert.ok(notice.includes(`“${asideKeys[0]}”`), notice);
  return { notice, asideKey: asideKeys[0] };
}

test('damaged progress is kept aside, with a notice, and the app still works', async () => {
  const corrupt = '{"schema":1,"curricula":{"starter": not json';
  const { context, page, errors } = await openWithStored(corrupt);
  try {
    const catalog = new CatalogPage(page, app.baseUrl);
    const { notice, asideKey } = await expectKeptAside(catalog, corrupt);
    assert.match(notice, /^Your saved progress could not be used: the saved progress is damaged/);
    assert.match(notice, /a fresh record was started\.$/);
    const starter = catalog.card('starter');
    assert.equal((await starter.fact('Your progress').textContent()).trim(), 'not started');

    // The notice can be dismissed.
    await catalog.notices.getByRole('button', { name: 'Dismiss' }).click();
    await catalog.notices.first().waitFor({ state: 'detached' });

    // A reload starts cleanly: no notice, the aside copy is still there.
    await page.reload();
    await catalog.list.locator('li.card').first().waitFor();
    assert.equal(await catalog.notices.count(), 0);
    assert.equal((await catalog.storage())[asideKey], corrupt);

    errors.assertNone();
  } finally {
    await context.close();
  }
});

test('progress from a newer version is kept aside and the notice says so', async () => {
  const newer = JSON.stringify({ schema: 99, curricula: { starter: { future: true } } });
  const { context, page, errors } = await openWithStored(newer);
  try {
    const catalog = new CatalogPage(page, app.baseUrl);
    const { notice } = await expectKeptAside(catalog, newer);
    assert.match(notice, /written by a newer version of CCA Migration Lab \(schema 99; this version reads 2\)/);
    errors.assertNone();
  } finally {
    await context.close();
  }
});
