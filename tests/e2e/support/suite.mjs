// One static server and one browser per spec file, started before its tests
// and stopped after them, whatever happens.

import { after, before } from 'node:test';

import { launchBrowser, openContext } from './browser.mjs';
import { startServer } from './server.mjs';

/**
 * Registers `before`/`after` hooks; returns an object whose `server`,
 * `browser` and `baseUrl` are set once the hooks have run, and whose
 * `open(options)` gives a fresh context `{ context, page, errors }`.
 */
export function useApp() {
  const env = {
    server: null,
    browser: null,
    baseUrl: null,
    open: (options) => openContext(env.browser, options),
  };
  before(async () => {
    env.server = await startServer();
    env.baseUrl = env.server.baseUrl;
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}
