// The suggestion engine is fetched on the first "Suggest" only, and the
// service worker keeps it: after one use, suggestions work with the
// network off. (Nothing of the engine is precached at install.) It also
// works under the strict Content-Security-Policy of README's Hosting
// section (no eval, no inline script), served here by a small server that
// sends that header.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
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

/** The policy of README's Hosting section. */
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

test('suggestions work under the strict Content-Security-Policy', async () => {
  // The served copy of the build, with the policy on every response.
  const dir = app.server.appDir;
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    try {
      const body = await readFile(join(dir, path));
      res.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'text/plain; charset=utf-8',
        'Content-Security-Policy': CSP,
      });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const { context, page, errors } = await app.open();
  const violations = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  try {
    await context.addInitScript(
      ({ key, value }) => {
        if (!location.protocol.startsWith('http')) return;
        if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      },
      { key: `cca-lab.workspace.${ID}`, value: WORKSPACE },
    );
    const response = await page.goto(`${base}#/w/${ID}`);
    assert.equal(response.headers()['content-security-policy'], CSP);
    await page.getByRole('button', { name: 'Suggest links for priority p1' }).click();
    await page.locator('li.suggestion[data-ref="gcm:20"]').waitFor();
    assert.deepEqual(violations, []);
    errors.assertNone();
  } finally {
    await context.close();
    await new Promise((ok) => server.close(ok));
  }
});
