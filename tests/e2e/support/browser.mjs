// Debian's Chromium driven by playwright-core (never a downloaded browser),
// fresh contexts, and a watch over every page for errors.

import { chromium } from 'playwright-core';

/** The browser executable (env CHROMIUM, default Debian's). */
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** How long a wait for the app may take before a test fails. */
export const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 15000);

export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Collects page errors, console errors, failed requests and HTTP errors from
 * every page of a context. `allow` lists patterns (RegExp) of URLs whose
 * failures the test causes on purpose.
 */
export class ErrorWatch {
  constructor(context, { allow = [] } = {}) {
    this.allow = allow;
    this.problems = [];
    for (const page of context.pages()) this.watch(page);
    context.on('page', (page) => this.watch(page));
  }

  allowed(url) {
    return !!url && this.allow.some((re) => re.test(url));
  }

  watch(page) {
    page.on('pageerror', (e) => this.problems.push(`page error: ${e.stack || e.message || e}`));
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const url = msg.location()?.url;
      // Chromium reports a failed fetch as a console error whose location is
      // the resource that failed.
      if (/^Failed to load resource/.test(msg.text()) && this.allowed(url)) return;
      this.problems.push(`console error: ${msg.text()} (at ${url || 'unknown'})`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400 && !this.allowed(res.url())) {
        this.problems.push(`HTTP ${res.status()} for ${res.url()}`);
      }
    });
    page.on('requestfailed', (req) => {
      const why = req.failure()?.errorText || 'failed';
      // Requests cut short by a reload or a closed page are not app errors.
      if (why === 'net::ERR_ABORTED' || this.allowed(req.url())) return;
      this.problems.push(`request failed: ${req.url()} (${why})`);
    });
  }

  /** Throws if anything went wrong. */
  assertNone() {
    if (this.problems.length > 0) {
      throw new Error(`The browser reported problems:\n  ${this.problems.join('\n  ')}`);
    }
  }
}

/**
 * A fresh context (fresh storage) with one page, English locale, and an
 * error watch. Options go to `browser.newContext`, except `allow` (see
 * ErrorWatch).
 */
export async function openContext(browser, { allow, ...options } = {}) {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  context.setDefaultTimeout(TIMEOUT);
  context.setDefaultNavigationTimeout(TIMEOUT);
  const errors = new ErrorWatch(context, { allow });
  const page = await context.newPage();
  return { context, page, errors };
}

/**
 * Retries `fn` (an async assertion) until it stops throwing or `timeout`
 * passes; for conditions no selector can express. Polls; never sleeps a
 * fixed time before checking.
 */
export async function eventually(fn, { timeout = TIMEOUT, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}
