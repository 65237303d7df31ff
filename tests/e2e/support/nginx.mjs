// The built app behind Debian's nginx, configured as README.md's Hosting
// section says: the exact `Content-Security-Policy: …` line of its `text`
// block, and the `location` block of its `nginx` example (its `types`,
// `charset` and `add_header` lines). README.md is the source of truth: both
// are parsed out of it, never copied here.
//
// nginx runs in the foreground (`daemon off; master_process off;`, so it
// serves as the user running the tests and reads their temporary folder),
// with its pid file, logs and temporary paths in a fresh temporary folder,
// on a free port of 127.0.0.1.

import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { keep, launch } from './process.mjs';
import { DIST, E2E_DIR, SUB_PATH } from './server.mjs';

/** The nginx executable (env NGINX, default Debian's). */
export const NGINX = process.env.NGINX || '/usr/sbin/nginx';

/** The MIME types nginx ships (Debian's `nginx-common`). */
export const MIME_TYPES = process.env.NGINX_MIME_TYPES || '/etc/nginx/mime.types';

/** The project's README. */
export const README = resolve(E2E_DIR, '../../README.md');

/**
 * What README.md's Hosting section says a host must send:
 * `{ csp, cspLine, location, types, headers }`, where `cspLine` is the
 * `Content-Security-Policy: …` line of its `text` block and `csp` its value,
 * `location` the `location … { … }` block of its `nginx` example (as
 * written), `types` that block's `types { … }` directive and `headers` its
 * `add_header` directives as `{ name, value }`.
 */
export async function readmeHosting(readme = README) {
  const text = await readFile(readme, 'utf8');
  const start = text.indexOf('\n## Hosting');
  if (start < 0) throw new Error(`no "## Hosting" section in ${readme}`);
  const end = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  const block = (lang) =>
    [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].filter((m) => m[1] === lang).map((m) => m[2]);
  const cspLine = block('text')
    .flatMap((b) => b.split('\n'))
    .find((l) => l.startsWith('Content-Security-Policy: '));
  if (!cspLine) throw new Error(`no "Content-Security-Policy: …" line in a text block of ${readme}'s Hosting section`);
  const [nginx] = block('nginx');
  if (!nginx) throw new Error(`no nginx example in ${readme}'s Hosting section`);
  const location = nginx.match(/^location\s+\S+\s*\{[\s\S]*?^\}/m)?.[0];
  if (!location) throw new Error(`no \`location … { … }\` block in ${readme}'s nginx example`);
  const types = location.match(/^\s*types\s*\{[^}]*\}/m)?.[0]?.trim();
  if (!types) throw new Error(`no \`types { … }\` in ${readme}'s nginx example`);
  const headers = [...location.matchAll(/^\s*add_header\s+(\S+)\s+("(?:[^"\\]|\\.)*"|\S+)(?:\s+always)?\s*;/gm)].map(
    (m) => ({ name: m[1], value: m[2].startsWith('"') ? m[2].slice(1, -1) : m[2] }),
  );
  return {
    cspLine: cspLine.trimEnd(),
    csp: cspLine.slice('Content-Security-Policy: '.length).trim(),
    location,
    types,
    headers,
  };
}

/** An nginx string literal (double-quoted); no variables, so no `$`. */
function quoted(s) {
  if (/["\\$]/.test(s)) throw new Error(`cannot quote ${s} for nginx`);
  return `"${s}"`;
}

/**
 * The `location` block nginx is given: README's, with its `alias` pointing
 * at `appDir` and its Content-Security-Policy header set to the README's
 * `Content-Security-Policy:` line.
 *
 * Its `include mime.types;` (a `types` block in a `location` replaces every
 * type nginx knows, so the README includes them first) points at
 * `MIME_TYPES`, since this nginx.conf is not in nginx's own folder.
 */
export function locationBlock(hosting, appDir) {
  let block = hosting.location.replace(/^(\s*)alias\s+[^;]+;/m, (_, indent) => `${indent}alias ${appDir}/;`);
  block = block.replace(
    /^(\s*)add_header\s+Content-Security-Policy\s+("(?:[^"\\]|\\.)*"|\S+)/m,
    (_, indent) => `${indent}add_header Content-Security-Policy ${quoted(hosting.csp)}`,
  );
  return block.replace(/^(\s*)include\s+mime\.types;/m, (_, indent) => `${indent}include ${MIME_TYPES};`);
}

/** The whole nginx.conf for a server on `port` with `location`. */
function config(root, port, location) {
  const t = (name) => join(root, 'tmp', name);
  return `# Made by tests/e2e/support/nginx.mjs for one spec file.
daemon off;
master_process off;
worker_processes 1;
pid ${join(root, 'nginx.pid')};
error_log ${join(root, 'error.log')} warn;
events { worker_connections 256; }
http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
    access_log ${join(root, 'access.log')};
    client_body_temp_path ${t('client_body')};
    proxy_temp_path ${t('proxy')};
    fastcgi_temp_path ${t('fastcgi')};
    uwsgi_temp_path ${t('uwsgi')};
    scgi_temp_path ${t('scgi')};
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
${location.replace(/^/gm, '        ')}
    }
}
`;
}

async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts nginx serving a copy of the build (env CCA_DIST) at
 * `/training/cca-lab/`. Resolves to `{ baseUrl, origin, appDir, root,
 * hosting, conf, stop, log }`; `hosting` is what `readmeHosting` read,
 * `log()` the error log so far.
 */
export async function startNginx() {
  if (!(await exists(NGINX))) throw new Error(`nginx not found at ${NGINX} (Debian's nginx package; or set NGINX)`);
  if (!(await exists(join(DIST, 'index.html')))) {
    throw new Error(`No build at ${DIST} (index.html missing); build it with \`trunk build --offline --release\`.`);
  }
  const hosting = await readmeHosting();
  const root = await mkdtemp(join(tmpdir(), 'cca-lab-nginx-'));
  keep(root);
  const appDir = join(root, 'site', ...SUB_PATH.split('/').filter(Boolean));
  await cp(DIST, appDir, { recursive: true });
  await mkdir(join(root, 'tmp'));
  const location = locationBlock(hosting, appDir);
  const conf = join(root, 'nginx.conf');
  const log = async () => {
    try {
      return await readFile(join(root, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  const server = await launch({
    name: 'nginx',
    root,
    path: SUB_PATH,
    start: async (port) => {
      await writeFile(conf, config(root, port, location));
      return spawn(NGINX, ['-e', join(root, 'error.log'), '-c', conf, '-p', `${root}/`], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    },
    describe: log,
  });
  return {
    baseUrl: server.baseUrl,
    origin: server.origin,
    appDir,
    root,
    hosting,
    conf: await readFile(conf, 'utf8'),
    stop: server.stop,
    log,
  };
}
