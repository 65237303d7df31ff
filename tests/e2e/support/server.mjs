// A plain static server for the built app, at a sub-path, with one broken
// curriculum added next to the real ones.
//
// The build (env CCA_DIST, default ../../dist from tests/e2e) is copied into
// a fresh temporary folder at `training/cca-lab/`, the fixture curriculum
// `fixtures/broken-demo/` is copied into its `curricula/`, and the served
// `catalog.toml` lists `broken-demo` after the shipped curricula. The
// folder is then served by `python3 -m http.server`: no SPA fallback, no
// special headers, as on the simplest host a UN office might use.

import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** tests/e2e, whatever the working directory. */
export const E2E_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The folder of the build under test. */
export const DIST = process.env.CCA_DIST
  ? resolve(process.env.CCA_DIST)
  : resolve(E2E_DIR, '../../dist');

/** The sub-path the app is served at. */
export const SUB_PATH = 'training/cca-lab/';

/** The curricula the served catalogue lists: the shipped ones, in their
 * order (read from the repository's catalog.toml), then the broken one. */
export const CATALOG = [
  ...readFileSync(resolve(E2E_DIR, '../../curricula/catalog.toml'), 'utf8')
    .match(/^curricula\s*=\s*\[([^\]]*)\]/m)[1]
    .match(/"[^"]+"/g)
    .map((s) => JSON.parse(s)),
  'broken-demo',
];

// Servers still running and temporary folders not yet removed, for the
// exit handler: a spec interrupted by Ctrl-C or a runner timeout leaves
// neither a server nor a folder behind.
const live = new Set();
const roots = new Set();

function killAll() {
  for (const s of live) {
    try {
      s.process.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const root of roots) {
    try {
      rmSync(root, { recursive: true, force: true });
    } catch {
      // best effort
    }
  }
}
process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

async function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Copies the build and the fixture into `root`; returns the app folder. */
async function stage(root) {
  if (!(await exists(join(DIST, 'index.html')))) {
    throw new Error(
      `No build at ${DIST} (index.html missing). Build it with ` +
        '`trunk build --release` in the project root, or set CCA_DIST to the build folder.',
    );
  }
  const app = join(root, ...SUB_PATH.split('/').filter(Boolean));
  await cp(DIST, app, { recursive: true });
  await cp(join(E2E_DIR, 'fixtures', 'broken-demo'), join(app, 'curricula', 'broken-demo'), {
    recursive: true,
  });
  const catalogPath = join(app, 'curricula', 'catalog.toml');
  const original = await readFile(catalogPath, 'utf8');
  const list = `curricula = [${CATALOG.map((c) => JSON.stringify(c)).join(', ')}]`;
  const rewritten = original.replace(/^curricula\s*=\s*\[[^\]]*\]/m, list);
  if (rewritten === original) {
    throw new Error(`Could not find the \`curricula = [...]\` line in ${catalogPath}`);
  }
  await writeFile(catalogPath, rewritten);
  return app;
}

async function answers(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

/**
 * Starts a server. Resolves to `{ baseUrl, origin, appDir, root, stop }`,
 * where `baseUrl` is `http://127.0.0.1:<port>/training/cca-lab/` and
 * `appDir` the served copy of the build (with the fixture added).
 */
export async function startServer() {
  const root = await mkdtemp(join(tmpdir(), 'cca-lab-e2e-'));
  roots.add(root);
  let appDir;
  try {
    appDir = await stage(root);
  } catch (e) {
    await rm(root, { recursive: true, force: true });
    roots.delete(root);
    throw e;
  }
  let lastError;
  // Another process may take the free port between the probe and python's
  // bind; try a few ports.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const port = await freePort();
    const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const entry = { process: child };
    live.add(entry);
    let log = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => {
      log = (log + d).slice(-4000);
    });
    let exited = null;
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      live.delete(entry);
    });
    child.on('error', (e) => {
      exited = { error: e };
      live.delete(entry);
    });
    const origin = `http://127.0.0.1:${port}`;
    const baseUrl = `${origin}/${SUB_PATH}`;
    const deadline = Date.now() + 15000;
    let status = 0;
    while (!exited && Date.now() < deadline) {
      status = await answers(baseUrl);
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    if (status === 200 && !exited) {
      const stop = async () => {
        if (!exited) {
          const gone = new Promise((r) => child.once('exit', r));
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
          await gone;
          clearTimeout(timer);
        }
        live.delete(entry);
        await rm(root, { recursive: true, force: true });
        roots.delete(root);
      };
      return { baseUrl, origin, appDir, root, stop, log: () => log };
    }
    child.kill('SIGKILL');
    live.delete(entry);
    lastError = new Error(
      `python3 -m http.server on port ${port} did not answer 200 at ${baseUrl} ` +
        `(last status ${status}, exit ${JSON.stringify(exited)}):\n${log}`,
    );
  }
  await rm(root, { recursive: true, force: true });
  roots.delete(root);
  throw lastError;
}
