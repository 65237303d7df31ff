// The suggestion engine is fetched on the first "Suggest" only, and the
// service worker keeps it: after one use, suggestions work with the
// network off. (Nothing of the engine is precached at install.)

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { WorkspacePage } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

const ID = '1764500000000';
const WORKSPACE = JSON.stringify({
  format: 'cca-lab-workspace',
  version: 1,
  name: 'Offline suggestions',
  priorities: [{ id: 'p1', text: 'Reduce the cost of remittances', links: [] }],
});

/** The suggestion worker's files in the service worker's caches. */
const cachedWorkerFiles = (page) =>
  page.evaluate(async () => {
    const out = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const r of await cache.keys()) {
        const file = r.url.replace(/.*\//, '');
        if (file.startsWith('suggest-worker')) out.push(file);
      }
    }
    return out.sort();
  });

test('after one use, suggestions work offline; before it, the engine is not cached', async () => {
  const { context, page, errors } = await app.open();
  try {
    await context.addInitScript(
      ({ key, value }) => {
        // Also runs in documents without storage (the browser's own pages).
        if (!location.protocol.startsWith('http')) return;
        if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      },
      { key: `cca-lab.workspace.${ID}`, value: WORKSPACE },
    );
    const ws = new WorkspacePage(page, app.baseUrl, ID);
    await ws.goto();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Installed: the app shell is cached, the engine is not.
    assert.deepEqual(await cachedWorkerFiles(page), []);

    const suggest = (p) => p.getByRole('button', { name: 'Suggest links for priority p1' });
    await suggest(page).click();
    await page.locator('li.suggestion[data-ref="gcm:20"]').waitFor();
    assert.deepEqual(await cachedWorkerFiles(page), [
      'suggest-worker.js',
      'suggest-worker_bg.wasm',
      'suggest-worker_loader.js',
    ]);

    // Offline, in a new page: the worker comes from the cache.
    await context.setOffline(true);
    const offline = await context.newPage();
    await offline.goto(`${app.baseUrl}#/w/${ID}`);
    await suggest(offline).click();
    await offline.locator('li.suggestion[data-ref="gcm:20"]').waitFor();
    await offline.close();
    await context.setOffline(false);
    errors.assertNone();
  } finally {
    await context.close();
  }
});
