// What the browser benchmarks (.ci/bench-browser.mjs, .ci/bench-cohort.mjs)
// share: a folder served by python3's http.server on a free port of
// 127.0.0.1, and Debian's Chromium (env CHROMIUM) driven by playwright-core
// from tests/e2e.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';

const root = new URL('..', import.meta.url).pathname;

/**
 * Serves `site` and launches headless Chromium. Resolves to `{ base,
 * browser, close }`: `base` is the address of `site/app/`; `close()` ends
 * the browser and the server and removes `site`.
 */
export async function openSite(site) {
  const { chromium } = createRequire(join(root, 'tests/e2e/package.json'))('playwright-core');
  const port = await new Promise((ok) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); }); });
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1'], { cwd: site, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}/app/`;
  for (let i = 0; i < 100; i++) { try { if ((await fetch(base)).ok) break; } catch { /* not yet */ } await new Promise((r) => setTimeout(r, 100)); }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const close = async () => {
    await browser.close();
    server.kill();
    rmSync(site, { recursive: true, force: true });
  };
  return { base, browser, close };
}
