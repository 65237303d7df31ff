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
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { keep, launch, release } from './process.mjs';

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

/**
 * Starts a server. Resolves to `{ baseUrl, origin, appDir, root, stop }`,
 * where `baseUrl` is `http://127.0.0.1:<port>/training/cca-lab/` and
 * `appDir` the served copy of the build (with the fixture added).
 */
export async function startServer() {
  const root = await mkdtemp(join(tmpdir(), 'cca-lab-e2e-'));
  keep(root);
  let appDir;
  try {
    appDir = await stage(root);
  } catch (e) {
    await release(root);
    throw e;
  }
  const server = await launch({
    name: 'python3 -m http.server',
    root,
    path: SUB_PATH,
    start: (port) =>
      spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1'], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'pipe'],
      }),
  });
  return { baseUrl: server.baseUrl, origin: server.origin, appDir, root, stop: server.stop, log: server.stderr };
}
