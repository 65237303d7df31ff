// The interface in the six UN languages: the switcher lists them in the UN
// order, each named in itself; choosing one changes the interface, <html
// lang dir> and the official SDG texts, and is remembered across visits.
// Without a choice the browser's preferred language is used when offered.
// Switching with the keyboard keeps the focus on the language chosen.
// A language's messages are fetched only when it is chosen. Curricula show
// in the interface language when they have it, otherwise in their default
// language with a notice, and the catalogue says so.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';

import { eventually } from '../support/browser.mjs';
import { LANGUAGES, messages } from '../support/i18n.mjs';
import { CatalogPage, routeUrl, tabTo } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

async function htmlLangDir(page) {
  return page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
}

/** The `kind,code` row of `data/sdg_i18n_<lang>.csv`: `{ text, stale }`. */
async function sdgRow(lang, kind, code) {
  const text = await readFile(join(app.server.appDir, 'data', `sdg_i18n_${lang}.csv`), 'utf8');
  for (const line of text.split('\n')) {
    const m = line.match(/^([a-z_]+),([^,]+),("(?:[^"]|"")*"|[^,]*),([a-z]+),/);
    if (m && m[1] === kind && m[2] === code) {
      return { text: m[3].replace(/^"|"$/g, '').replace(/""/g, '"'), stale: m[4] };
    }
  }
  throw new Error(`no ${kind} ${code} in sdg_i18n_${lang}.csv`);
}

test('the switcher offers the six languages in UN order; each one changes the interface and is remembered', async () => {
  const { context, page, errors } = await app.open();
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  try {
    const catalog = new CatalogPage(page, app.baseUrl);
    await catalog.goto();
    assert.deepEqual(await htmlLangDir(page), ['en', 'ltr'], 'an English browser gets English');
    const switcher = page.getByTestId('language-switcher');
    assert.equal(await switcher.getAttribute('aria-label'), 'Language');
    const buttons = switcher.getByRole('button');
    assert.deepEqual(
      await buttons.evaluateAll((bs) => bs.map((b) => [b.textContent.trim(), b.lang, b.getAttribute('aria-pressed')])),
      LANGUAGES.map((l) => [l.name, l.code, l.code === 'en' ? 'true' : 'false']),
    );
    assert.ok(!fetched.some((p) => p.includes('/i18n/')), 'English needs no message file');

    for (const l of LANGUAGES) {
      const m = await messages(app.server.appDir, l.code);
      // With the keyboard: Tab to the language, Enter.
      await tabTo(page, switcher.getByRole('button', { name: l.name, exact: true }));
      await page.keyboard.press('Enter');
      await eventually(async () => assert.deepEqual(await htmlLangDir(page), [l.code, l.dir]));
      // The page is rebuilt in the new language; the focus stays on the
      // language just chosen, not lost to the top of the page.
      await eventually(async () =>
        assert.deepEqual(
          await page.evaluate(() => [document.activeElement?.lang, document.activeElement?.getAttribute('aria-pressed')]),
          [l.code, 'true'],
        ),
      );
      await page.getByRole('heading', { level: 1, name: m['catalogue-heading'], exact: true }).waitFor();
      assert.equal(await page.locator('.site-nav a').first().textContent(), m['nav-curricula']);
      assert.equal(await page.locator('.skip-link').textContent(), m['skip-to-main']);
      assert.equal(
        await switcher.getByRole('button', { name: l.name, exact: true }).getAttribute('aria-pressed'),
        'true',
      );
      await eventually(async () => assert.equal((await catalog.storage())['cca-lab.language'], l.code));
    }
    // Each language file was fetched once, when chosen; none for English.
    const files = fetched.filter((p) => p.includes('/i18n/')).map((p) => p.split('/').pop());
    assert.deepEqual(files, ['ar.ftl', 'zh.ftl', 'fr.ftl', 'ru.ftl', 'es.ftl']);

    // Remembered: a new visit starts in Spanish.
    await page.reload();
    await eventually(async () => assert.deepEqual(await htmlLangDir(page), ['es', 'ltr']));
    const es = await messages(app.server.appDir, 'es');
    await page.getByRole('heading', { level: 1, name: es['catalogue-heading'], exact: true }).waitFor();
    errors.assertNone();
  } finally {
    await context.close();
  }
});

test("without a choice, the browser's preferred language is used when it is one of the six", async () => {
  for (const [locale, expected] of [['fr-CA', 'fr'], ['ru-RU', 'ru'], ['zh-CN', 'zh'], ['de-DE', 'en']]) {
    const { context, page, errors } = await app.open({ locale });
    try {
      const m = await messages(app.server.appDir, expected);
      await page.goto(routeUrl(app.baseUrl, '/'));
      await eventually(async () => assert.equal((await htmlLangDir(page))[0], expected, locale));
      await page.getByRole('heading', { level: 1, name: m['catalogue-heading'], exact: true }).waitFor();
      errors.assertNone();
    } finally {
      await context.close();
    }
  }
});

test('official SDG texts follow the language; outdated translations show the English text, marked', async () => {
  const { context, page, errors } = await app.open({ locale: 'fr-FR' });
  try {
    // A current French target text.
    const t107 = await sdgRow('fr', 'target', '10.7');
    assert.equal(t107.stale, 'no');
    await page.goto(routeUrl(app.baseUrl, '/ref/sdg:10.7'));
    const card = page.locator('article.ref-card[data-ref="sdg:10.7"]');
    const text = card.locator('p.ref-text .official-text');
    await eventually(async () => assert.equal(await text.textContent(), t107.text));
    assert.equal(await card.locator('p.ref-text').getAttribute('lang'), 'fr');
    assert.equal(await card.locator('p.ref-text').getByTestId('english-note').count(), 0);
    assert.equal(await page.locator('main h1').textContent(), 'Cible 10.7 des ODD');

    // 10.7.2 changed in English in 2025: the French text is not shown.
    const i1072 = await sdgRow('fr', 'indicator', '10.7.2');
    assert.equal(i1072.stale, 'likely');
    await page.goto(routeUrl(app.baseUrl, '/ref/sdg:10.7.2'));
    const card2 = page.locator('article.ref-card[data-ref="sdg:10.7.2"]');
    const text2 = card2.locator('p.ref-text .official-text');
    await eventually(async () => assert.match(await text2.textContent(), /^Proportion of countries with migration policies/));
    assert.equal(await card2.locator('p.ref-text').getAttribute('lang'), 'en');
    assert.ok(!(await card2.textContent()).includes(i1072.text), 'the outdated French text is never shown');
    assert.match(await card2.locator('p.ref-text').getByTestId('english-note').textContent(), /antérieure au libellé officiel actuel/);

    // GCM objective titles exist in English only: marked; French short label.
    await page.goto(routeUrl(app.baseUrl, '/ref/gcm:1'));
    const gcm = page.locator('article.ref-card[data-ref="gcm:1"]');
    await gcm.locator('p.ref-text .official-text').waitFor();
    assert.equal(await gcm.locator('p.ref-text').getAttribute('lang'), 'en');
    assert.match(await gcm.getByTestId('english-note').textContent(), /Titre officiel en anglais/);
    assert.equal(await gcm.locator('.ref-short').textContent(), 'Données');
    assert.equal(await gcm.locator('.ref-short').getAttribute('lang'), 'fr');

    // Arabic: the current Arabic target text, and the same stale rule.
    await page.getByTestId('language-switcher').getByRole('button', { name: 'عربي' }).click();
    await eventually(async () => assert.deepEqual(await htmlLangDir(page), ['ar', 'rtl']));
    const a107 = await sdgRow('ar', 'target', '10.7');
    await page.goto(routeUrl(app.baseUrl, '/ref/sdg:10.7'));
    await eventually(async () =>
      assert.equal(await page.locator('article.ref-card[data-ref="sdg:10.7"] p.ref-text .official-text').textContent(), a107.text),
    );
    await page.goto(routeUrl(app.baseUrl, '/ref/sdg:10.7.2'));
    const ar = page.locator('article.ref-card[data-ref="sdg:10.7.2"] p.ref-text');
    await eventually(async () => assert.equal(await ar.getAttribute('lang'), 'en'));
    assert.match(await ar.getByTestId('english-note').textContent(), /أقدم من الصيغة الرسمية الحالية/);
    errors.assertNone();
  } finally {
    await context.close();
  }
});

test('a curriculum shows in the interface language when it has it, otherwise in its default with a notice', async () => {
  const { context, page, errors } = await app.open({ locale: 'fr-FR' });
  try {
    await page.goto(routeUrl(app.baseUrl, '/c/starter'));
    const modules = page.getByTestId('modules');
    await modules.waitFor();
    await eventually(async () =>
      assert.deepEqual(await modules.locator(':scope > li').evaluateAll((lis) => [...new Set(lis.map((li) => li.lang))]), ['fr']),
    );
    assert.equal(await page.getByTestId('language-notice').count(), 0);

    // Arabic: the starter curriculum has no Arabic, so English with a notice,
    // and the catalogue lists its languages and says Arabic is missing.
    await page.getByTestId('language-switcher').getByRole('button', { name: 'عربي' }).click();
    await eventually(async () => assert.deepEqual(await htmlLangDir(page), ['ar', 'rtl']));
    const notice = page.getByTestId('language-notice');
    await notice.waitFor();
    assert.equal(await notice.textContent(), 'هذا المنهج غير متاح باللغة العربية؛ ويُعرض باللغة الإنكليزية.');
    await eventually(async () =>
      assert.deepEqual(
        await modules.locator(':scope > li').evaluateAll((lis) => [...new Set(lis.map((li) => `${li.lang}/${li.dir}`))]),
        ['en/ltr'],
      ),
    );
    const catalog = new CatalogPage(page, app.baseUrl);
    await catalog.goto();
    const card = catalog.card('starter');
    assert.equal((await card.root.getByTestId('languages').textContent()).trim(), 'English, Français');
    assert.equal(
      await card.root.getByTestId('language-missing').textContent(),
      'غير متاح باللغة العربية؛ يُعرض باللغة الإنكليزية',
    );
    errors.assertNone();
  } finally {
    await context.close();
  }
});
