// Under the strict Content Security Policy README.md's Hosting section asks
// hosts to send, served by nginx as its example says, everything works and
// the browser reports no violation: the catalogue, a question, the mapping
// exercise (keyboard picker and Submit), a workspace with its analytics, a
// reference page, and the service worker.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { eventually, launchBrowser, openContext } from '../support/browser.mjs';
import { startNginx } from '../support/nginx.mjs';
import {
  CatalogPage,
  LessonPage,
  MappingExercise,
  ReferencePage,
  WorkspacePage,
  WorkspacesPage,
  tabTo,
} from '../support/pages.mjs';

let server;
let browser;
before(async () => {
  server = await startNginx();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Opens a context whose page reports every `securitypolicyviolation` event
 * (of every document it loads) to `violations`.
 */
async function openWatched() {
  const opened = await openContext(browser);
  const violations = [];
  await opened.page.exposeBinding('__e2eCspViolation', (_source, v) => violations.push(v));
  await opened.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__e2eCspViolation({
        page: location.href,
        directive: e.violatedDirective,
        effective: e.effectiveDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        sample: e.sample,
      });
    });
  });
  return { ...opened, violations };
}

test('every header README.md asks for is sent, from its own text', async () => {
  const { hosting } = server;
  // The nginx example sends the same policy as the `Content-Security-Policy:` line.
  const inExample = hosting.headers.find((h) => h.name === 'Content-Security-Policy');
  assert.equal(inExample?.value, hosting.csp, "README's nginx example and its header line give the same policy");
  for (const [path, type] of [
    ['', /^text\/html/],
    ['boot.js', /javascript/],
    ['lms.js', /javascript/],
    ['sw.js', /javascript/],
    ['curricula/catalog.toml', /^text\/plain; charset=utf-8$/],
    ['curricula/starter/en/agenda/why-migration.md', /^text\/plain; charset=utf-8$/],
    ['manifest.webmanifest', /^application\/manifest\+json/],
  ]) {
    const res = await fetch(server.baseUrl + path);
    await res.arrayBuffer();
    assert.equal(res.status, 200, path);
    assert.match(res.headers.get('content-type') ?? '', type, `Content-Type of /${path}`);
    assert.equal(res.headers.get('content-security-policy'), hosting.csp, `CSP of /${path}`);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `X-Content-Type-Options of /${path}`);
  }
  const html = await (await fetch(server.baseUrl)).text();
  const wasm = html.match(/data-wasm="?\.?\/?([^" >]+\.wasm)/)?.[1];
  assert.ok(wasm, 'index.html names the wasm file');
  const res = await fetch(server.baseUrl + wasm);
  await res.arrayBuffer();
  assert.equal(res.headers.get('content-type'), 'application/wasm');
});

test('under the strict CSP: catalogue, question, mapping by keyboard, workspace, reference; no violation', async () => {
  const { context, page, errors, violations } = await openWatched();
  try {
    // The catalogue.
    const catalog = new CatalogPage(page, server.baseUrl);
    await catalog.goto();
    await catalog.card('starter').title.waitFor();
    // The service worker is allowed (worker-src 'self') and takes control.
    await eventually(async () =>
      assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the service worker controls the page'),
    );

    // A lesson with a question, answered.
    const lesson = new LessonPage(page, server.baseUrl, 'starter', 'agenda', 'why-migration');
    await lesson.goto();
    const q = lesson.question('check-figure');
    await q.choose('a');
    await q.check();
    assert.equal((await q.result.textContent()).trim(), 'Correct.');

    // The starter's mapping exercise: one reference added from the keyboard, submitted.
    const mapping = new LessonPage(page, server.baseUrl, 'starter', 'gcm', 'mapping-ardenia');
    await mapping.goto();
    const ex = new MappingExercise(page, mapping.article.locator('section.step[data-step="map-ardenia"]'));
    await ex.root.waitFor();
    const picker = ex.priority('remittances').picker;
    await tabTo(page, picker.input);
    await picker.addByKeyboard('gcm:20');
    assert.deepEqual(await picker.chosen(), ['gcm:20']);
    await tabTo(page, ex.submitButton);
    await page.keyboard.press('Enter');
    await ex.tryAgainButton.waitFor();
    assert.match((await ex.result.textContent()).trim(), /^Score \d+\u00a0%/);
    await ex.priority('remittances').item('right', 'gcm:20').waitFor();

    // A workspace: created from pasted priorities, one link, its analytics drawn.
    const list = new WorkspacesPage(page, server.baseUrl);
    await list.goto();
    await list.name.fill('CSP check');
    await list.paste.fill('Cheaper remittances\nFair recruitment');
    await list.createButton.click();
    await list.created.waitFor();
    await list.created.getByRole('link', { name: 'Open it' }).click();
    await page.getByTestId('priorities').waitFor();
    const wsId = decodeURIComponent(new URL(page.url()).hash).match(/^#\/w\/(.+)$/)?.[1];
    assert.ok(wsId, `a workspace address: ${page.url()}`);
    const ws = new WorkspacePage(page, server.baseUrl, wsId);
    const first = await ws.priorities.first().getAttribute('data-priority');
    const wsPicker = ws.priority(first).picker;
    await tabTo(page, wsPicker.input);
    await wsPicker.addByKeyboard('sdg:10.c');
    await ws.priority(first).links.first().waitFor();
    await ws.analytics.getByTestId('coverage-sdg').locator('svg').first().waitFor();

    // A reference page.
    const ref = new ReferencePage(page, server.baseUrl, 'sdg:10.7');
    await ref.goto();
    assert.ok((await ref.text.textContent()).trim().length > 20, 'the official text of target 10.7');

    // The app reported nothing, and nothing was refused.
    assert.deepEqual(violations, [], 'no Content Security Policy violation');
    errors.assertNone();
  } finally {
    await context.close();
  }
});

test(
  "README.md's nginx location block, as written, serves the app's HTML, JavaScript and CSS with their types",
  async () => {
    const verbatim = await startNginx();
    try {
      const got = {};
      for (const path of ['', 'boot.js', 'sw.js']) {
        const res = await fetch(verbatim.baseUrl + path);
        await res.arrayBuffer();
        got[path || 'index.html'] = res.headers.get('content-type');
      }
      const css = (await (await fetch(verbatim.baseUrl)).text()).match(/href="?\.\/(main-[^" >]+\.css)/)?.[1];
      const res = await fetch(verbatim.baseUrl + css);
      await res.arrayBuffer();
      got[css] = res.headers.get('content-type');
      assert.match(got['index.html'], /^text\/html/, JSON.stringify(got));
      assert.match(got['boot.js'], /javascript/, JSON.stringify(got));
      assert.match(got['sw.js'], /javascript/, JSON.stringify(got));
      assert.match(got[css], /^text\/css/, JSON.stringify(got));
    } finally {
      await verbatim.stop();
    }
  },
);
