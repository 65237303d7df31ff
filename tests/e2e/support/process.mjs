// Starting a local web server for a spec: a free port, a child process, a
// wait until the app's address answers, and cleanup — also when the runner
// is interrupted (Ctrl-C, a timeout), so that neither a server nor a
// temporary folder is left behind. Used by server.mjs (python3's
// http.server) and nginx.mjs (Debian's nginx).
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';

// Servers still running and temporary folders not yet removed.
const live = new Set();
const roots = new Set();

function killAll() {
  for (const child of live) {
    try {
      child.kill('SIGKILL');
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

/** Removes `root` when the runner exits, unless `release(root)` ran first. */
export function keep(root) {
  roots.add(root);
}

/** Removes `root` now. */
export async function release(root) {
  await rm(root, { recursive: true, force: true });
  roots.delete(root);
}

/** A TCP port free on 127.0.0.1 at the time of asking. */
export async function freePort() {
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

/** The HTTP status `url` answers with, or 0 when it does not answer. */
export async function answers(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

/**
 * Starts a server (`name`, for messages) for the app copied under `root`
 * (kept with `keep`): `start(port)` spawns it (stderr piped) and resolves
 * to the child process. Another process may take the free port between the
 * probe and the bind, so up to five ports are tried. Resolves, once
 * `http://127.0.0.1:<port>/<path>` answers 200, to
 * `{ baseUrl, origin, port, stderr, stop }`: `stderr()` is the last 4,000
 * characters the server wrote, `stop()` ends it (SIGTERM, then SIGKILL) and
 * removes `root`. On failure `root` is removed and the error says why,
 * with `describe()`'s text (a log, say) appended.
 */
export async function launch({ name, root, path, start, describe = async () => '' }) {
  let lastError;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const port = await freePort();
    const child = await start(port);
    live.add(child);
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-4000);
    });
    let exited = null;
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      live.delete(child);
    });
    child.on('error', (e) => {
      exited = { error: e };
      live.delete(child);
    });
    const origin = `http://127.0.0.1:${port}`;
    const baseUrl = `${origin}/${path}`;
    const deadline = Date.now() + 15000;
    let status = 0;
    while (!exited && Date.now() < deadline) {
      status = await answers(baseUrl);
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 50));
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
        live.delete(child);
        await release(root);
      };
      return { baseUrl, origin, port, stderr: () => stderr, stop };
    }
    child.kill('SIGKILL');
    live.delete(child);
    lastError = new Error(
      `${name} on port ${port} did not answer 200 at ${baseUrl} ` +
        `(last status ${status}, exit ${JSON.stringify(exited)}):\n${stderr}\n${await describe()}`,
    );
  }
  await release(root);
  throw lastError;
}
