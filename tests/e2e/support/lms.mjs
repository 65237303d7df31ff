// Learning platforms for the LMS specs (19, 20), and the outline of a
// curriculum read from its TOML files (specs 15, 18, 19, 20).
//
// - `buildPackage` runs `cca-lab package --scorm12|--cmi5` against the build
//   under test (env CCA_DIST) and `unzipPackage` unpacks the zip (Debian's
//   `unzip` when present, else a small reader using zlib's inflateRaw).
// - `startLms` starts one Node http server on 127.0.0.1 that serves the
//   unpacked package at `/pkg/`, the fake SCORM 1.2 LMS page
//   (`fixtures/lms/`) at `/lms/`, and a fake cmi5 LMS and LRS: the fetch
//   URL (`/cmi5/fetch/<id>`), the xAPI State API and Statement API
//   (`/lrs/activities/state`, `/lrs/statements`). It records every request
//   and every statement, and lists as `problems` whatever an LMS would
//   refuse (wrong credentials, missing `X-Experience-API-Version`, a
//   statement about another actor, activity, registration or session, a
//   statement after `terminated`, a write to `LMS.LaunchData`).

import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';

import { DIST, E2E_DIR } from './server.mjs';

const run = promisify(execFile);

/** The project's root. */
export const ROOT = resolve(E2E_DIR, '../..');

/** The fake LMS pages. */
export const LMS_FIXTURES = join(E2E_DIR, 'fixtures', 'lms');

// ---------------------------------------------------------------------------
// Temporary folders, removed when the process exits.

const roots = new Set();
process.once('exit', () => {
  for (const root of roots) {
    try {
      rmSync(root, { recursive: true, force: true });
    } catch {
      // best effort
    }
  }
});

/** A fresh temporary folder, removed at exit (or by `rm`). */
export async function tempDir(prefix = 'cca-lab-lms-') {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  roots.add(dir);
  return dir;
}

// ---------------------------------------------------------------------------
// Packages

/**
 * Builds the `standard` (`scorm12` or `cmi5`) package of curriculum
 * `curriculum` (a folder under the project's `curricula/`) from the build
 * under test, with the project's CLI; resolves to the zip's path.
 */
export async function buildPackage(standard, curriculum, outDir) {
  const zip = join(outDir, `${curriculum}-${standard}.zip`);
  try {
    await run(
      'cargo',
      ['run', '-q', '--features', 'cli', '--bin', 'cca-lab', '--', 'package', `--${standard}`, join('curricula', curriculum), '--dist', DIST, '-o', zip],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, timeout: 15 * 60 * 1000 },
    );
  } catch (e) {
    throw new Error(`cca-lab package --${standard} curricula/${curriculum} failed:\n${e.stderr || e.message}`);
  }
  return zip;
}

/** Unpacks `zip` into `dir` (created). */
export async function unzipPackage(zip, dir) {
  await mkdir(dir, { recursive: true });
  if (existsSync('/usr/bin/unzip')) {
    await run('/usr/bin/unzip', ['-q', '-o', zip, '-d', dir]);
    return;
  }
  for (const entry of readZip(await readFile(zip))) {
    const path = resolve(dir, entry.name);
    if (!path.startsWith(resolve(dir) + sep)) throw new Error(`zip entry outside the folder: ${entry.name}`);
    if (entry.name.endsWith('/')) continue;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, entry.data);
  }
}

/** The entries of a zip (stored or deflated), from its central directory. */
export function readZip(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i -= 1) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = [];
  for (let n = 0; n < count; n += 1) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + compressed);
    let data;
    if (method === 0) data = raw;
    else if (method === 8) data = inflateRawSync(raw);
    else throw new Error(`zip entry ${name}: compression method ${method}`);
    if (data.length !== size) throw new Error(`zip entry ${name}: ${data.length} bytes, expected ${size}`);
    out.push({ name, data });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The text of `suspend_data` packed by www/lms.js (`z1:` + base64(deflate-raw(JSON))), parsed. */
export function unpackSuspendData(text) {
  if (!text.startsWith('z1:')) throw new Error(`suspend data does not start with z1: ${text.slice(0, 20)}`);
  return JSON.parse(inflateRawSync(Buffer.from(text.slice(3), 'base64')).toString('utf8'));
}

/** An XML attribute or element text, unescaped. */
function xmlText(s) {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** What an `imsmanifest.xml` says: `{ identifier, href }` of the default organisation's SCO. */
export function readImsManifest(xml) {
  const org = xml.match(/<organizations\s+default="([^"]+)"/)?.[1];
  const orgBlock = xml.match(new RegExp(`<organization\\s+identifier="${org}"[\\s\\S]*?</organization>`))?.[0];
  const ref = orgBlock?.match(/<item\s[^>]*identifierref="([^"]+)"/)?.[1];
  const resource = ref && xml.match(new RegExp(`<resource\\s+identifier="${ref}"[^>]*>`))?.[0];
  const href = resource?.match(/\shref="([^"]+)"/)?.[1];
  if (!href) throw new Error('no launch href in imsmanifest.xml');
  return { identifier: xml.match(/<manifest\s+identifier="([^"]+)"/)?.[1], href: xmlText(href) };
}

/** What a `cmi5.xml` says about its one AU: `{ courseId, id, url, moveOn, launchMethod }`. */
export function readCmi5Xml(xml) {
  const au = xml.match(/<au\s([^>]*)>([\s\S]*?)<\/au>/);
  if (!au) throw new Error('no <au> in cmi5.xml');
  const attr = (name) => {
    const v = au[1].match(new RegExp(`\\s?${name}="([^"]*)"`))?.[1];
    return v === undefined ? undefined : xmlText(v);
  };
  return {
    courseId: xmlText(xml.match(/<course\s+id="([^"]+)"/)?.[1] ?? ''),
    id: attr('id'),
    moveOn: attr('moveOn') ?? 'NotApplicable',
    launchMethod: attr('launchMethod') ?? 'AnyWindow',
    masteryScore: attr('masteryScore'),
    url: xmlText(au[2].match(/<url>([^<]+)<\/url>/)?.[1] ?? ''),
  };
}

// ---------------------------------------------------------------------------
// The outline of a curriculum, from its TOML files

/** The text of a TOML basic string. */
function tomlString(quoted) {
  return JSON.parse(quoted.replace(/\\U([0-9a-fA-F]{8})/g, (_, h) => String.fromCodePoint(parseInt(h, 16))));
}
const STR = '"(?:[^"\\\\]|\\\\.)*"';

/**
 * The outline of curriculum `id` in `language`, read from
 * `<curriculaDir>/<id>`: `{ version, modules: [{ id, title, lessons: [{ id,
 * title, steps: [{ id, kind, answer, frameworks, priorities: [{ id,
 * expected: [ref…] }] }] }] }] }`. Reads what the specs need; not a TOML
 * parser (the files are checked by `cca-lab check`).
 */
export async function outline(curriculaDir, id, language) {
  const dir = join(curriculaDir, id);
  const manifest = await readFile(join(dir, 'curriculum.toml'), 'utf8');
  const field = (text, key) => {
    const m = text.match(new RegExp(`^${key}\\s*=\\s*(${STR})`, 'm'));
    return m ? tomlString(m[1]) : undefined;
  };
  const list = (text, key) => {
    const m = text.match(new RegExp(`^${key}\\s*=\\s*\\[([^\\]]*)\\]`, 'm'));
    return m ? [...m[1].matchAll(new RegExp(STR, 'g'))].map((x) => tomlString(x[0])) : undefined;
  };
  const modules = [];
  for (const moduleId of list(manifest, 'modules')) {
    const text = await readFile(join(dir, language, `${moduleId}.toml`), 'utf8');
    const sections = text.split(/^(?=\[\[[a-z.]+\]\]\s*$)/m);
    const module = { id: moduleId, title: field(sections[0], 'title'), lessons: [] };
    let lesson = null;
    let step = null;
    for (const s of sections.slice(1)) {
      const header = s.match(/^\[\[([a-z.]+)\]\]/)[1];
      if (header === 'lesson') {
        lesson = { id: field(s, 'id'), title: field(s, 'title'), steps: [] };
        module.lessons.push(lesson);
      } else if (header === 'lesson.step') {
        step = {
          id: field(s, 'id'),
          kind: field(s, 'kind'),
          title: field(s, 'title'),
          answer: list(s, 'answer'),
          frameworks: list(s, 'frameworks'),
          priorities: [],
        };
        lesson.steps.push(step);
      } else if (header === 'lesson.step.priority') {
        const one = s.match(/^expected\s*=\s*\[([^\n]*)\]\s*$/m);
        const many = one ? null : s.match(/^expected\s*=\s*\[\s*\n([\s\S]*?)^\s*\]/m);
        if (!one && !many) throw new Error(`priority ${field(s, 'id')} of ${moduleId}.toml has no \`expected\``);
        const body = one ? one[1] : many[1];
        step.priorities.push({
          id: field(s, 'id'),
          expected: [...body.matchAll(new RegExp(`\\bref\\s*=\\s*(${STR})`, 'g'))].map((m) => tomlString(m[1])),
        });
      }
    }
    modules.push(module);
  }
  return { id, version: field(manifest, 'version'), modules };
}

/** Every lesson of an outline as `{ module, lesson, key, title }`, in order. */
export function lessonsOf(o) {
  return o.modules.flatMap((m) => m.lessons.map((l) => ({ module: m.id, lesson: l.id, key: `${m.id}/${l.id}`, title: l.title, steps: l.steps })));
}

/** Every step of an outline as `{ key, ...step }`, in order. */
export function stepsOf(o) {
  return lessonsOf(o).flatMap((l) => l.steps.map((s) => ({ ...s, key: `${l.key}/${s.id}` })));
}

// ---------------------------------------------------------------------------
// The server

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.toml': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

async function body(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res, status, data, type = 'application/json') {
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(text);
}

/** Whether two xAPI agents are the same (by their inverse functional identifier). */
function sameAgent(a, b) {
  if (!a || !b) return false;
  if (a.account || b.account) return a.account?.homePage === b.account?.homePage && a.account?.name === b.account?.name;
  return a.mbox === b.mbox;
}

/**
 * Starts the server. `mounts` maps URL prefixes (`/pkg/`) to folders.
 * Resolves to an object with `origin`, `stop()`, the records (`requests`,
 * `statements`, `state`, `problems`) and `launchCmi5(options)`.
 */
export async function startLms({ mounts }) {
  const lms = {
    origin: null,
    /** Every request: `{ method, path, query, headers, body }` (LRS and fetch only). */
    requests: [],
    /** Every statement accepted, with the session it came from: `{ session, statement }`. */
    statements: [],
    /** State documents by `stateId|activityId|registration`. */
    state: new Map(),
    /** What a real LMS would have refused. */
    problems: [],
    sessions: new Map(),
    fetches: new Map(),
  };

  const stateKey = (q) => `${q.get('stateId')}|${q.get('activityId')}|${q.get('registration')}`;

  /** The session whose token the request carries, else null (and a problem). */
  function authorise(req, what) {
    const version = req.headers['x-experience-api-version'];
    if (!/^1\.0(\.\d+)?$/.test(version ?? '')) lms.problems.push(`${what}: X-Experience-API-Version is ${JSON.stringify(version)}`);
    const auth = req.headers.authorization ?? '';
    const session = [...lms.sessions.values()].find((s) => s.token && auth === `Basic ${s.token}`);
    if (!session) lms.problems.push(`${what}: Authorization ${JSON.stringify(auth)} is no token this LMS gave`);
    return session ?? null;
  }

  async function lrs(req, res, url) {
    const text = await body(req);
    const q = url.searchParams;
    lms.requests.push({ method: req.method, path: url.pathname, query: Object.fromEntries(q), headers: req.headers, body: text });
    const what = `${req.method} ${url.pathname}${url.search}`;
    const session = authorise(req, what);
    if (!session) return send(res, 401, { error: 'unauthorised' });

    if (url.pathname === '/lrs/activities/state') {
      let agent = null;
      try {
        agent = JSON.parse(q.get('agent'));
      } catch {
        agent = null;
      }
      if (!sameAgent(agent, session.actor)) lms.problems.push(`${what}: agent is not the launch actor`);
      if (q.get('activityId') !== session.activityId) lms.problems.push(`${what}: activityId is not the AU's`);
      if (q.get('registration') !== session.registration) lms.problems.push(`${what}: registration is not the launch's`);
      const key = stateKey(q);
      if (req.method === 'GET') {
        if (!lms.state.has(key)) return send(res, 404, { error: 'no such state document' });
        return send(res, 200, lms.state.get(key));
      }
      if (req.method === 'PUT' || req.method === 'POST') {
        if (q.get('stateId') === 'LMS.LaunchData') {
          lms.problems.push(`${what}: the AU wrote LMS.LaunchData`);
          return send(res, 403, { error: 'read only' });
        }
        try {
          JSON.parse(text);
        } catch {
          lms.problems.push(`${what}: the state document is not JSON`);
        }
        lms.state.set(key, text);
        res.writeHead(204, { 'Cache-Control': 'no-store' });
        return res.end();
      }
      return send(res, 405, { error: 'method' });
    }

    if (url.pathname === '/lrs/statements' && (req.method === 'POST' || req.method === 'PUT')) {
      let statements;
      try {
        statements = JSON.parse(text);
      } catch {
        lms.problems.push(`${what}: not JSON`);
        return send(res, 400, { error: 'not JSON' });
      }
      if (!Array.isArray(statements)) statements = [statements];
      const ids = [];
      for (const st of statements) {
        const verb = st.verb?.id?.split('/').at(-1);
        const where = `statement ${verb} of session ${session.id}`;
        if (session.terminated) lms.problems.push(`${where}: sent after terminated`);
        if (!sameAgent(st.actor, session.actor)) lms.problems.push(`${where}: actor is not the launch actor`);
        if (st.object?.id !== session.activityId) lms.problems.push(`${where}: object is not the AU`);
        if (st.context?.registration !== session.registration) lms.problems.push(`${where}: registration is not the launch's`);
        const sid = st.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'];
        if (sid !== session.id) lms.problems.push(`${where}: sessionid ${sid} is not the launch's`);
        const count = lms.statements.filter((s) => s.session === session.id).length;
        if (count === 0 && verb !== 'initialized') lms.problems.push(`${where}: the first statement of a session must be initialized`);
        if (verb === 'terminated') session.terminated = true;
        lms.statements.push({ session: session.id, statement: st });
        ids.push(st.id ?? randomUUID());
      }
      return send(res, 200, ids);
    }
    return send(res, 404, { error: 'not found' });
  }

  async function fetchUrl(req, res, url) {
    await body(req);
    lms.requests.push({ method: req.method, path: url.pathname, query: {}, headers: req.headers, body: '' });
    const session = lms.fetches.get(url.pathname);
    if (req.method !== 'POST') return send(res, 405, { 'error-code': '3', 'error-text': 'POST only' });
    if (!session) return send(res, 404, { 'error-code': '3', 'error-text': 'unknown fetch URL' });
    if (session.token) {
      lms.problems.push(`${url.pathname}: the fetch URL was used twice`);
      return send(res, 200, { 'error-code': '1', 'error-text': 'already in use' });
    }
    session.token = Buffer.from(`session-${session.id}:${randomBytes(12).toString('hex')}`).toString('base64');
    return send(res, 200, { 'auth-token': session.token });
  }

  async function file(req, res, url) {
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!url.pathname.startsWith(prefix)) continue;
      const rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
      const path = normalize(join(dir, rel));
      if (!path.startsWith(resolve(dir))) return send(res, 403, 'forbidden', 'text/plain');
      try {
        const s = await stat(path);
        if (!s.isFile()) throw new Error('not a file');
        const data = await readFile(path);
        res.writeHead(200, {
          'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
        });
        return res.end(req.method === 'HEAD' ? undefined : data);
      } catch {
        return send(res, 404, 'not found', 'text/plain');
      }
    }
    return send(res, 404, 'not found', 'text/plain');
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url, lms.origin ?? 'http://127.0.0.1');
    const handler = url.pathname.startsWith('/lrs/') ? lrs : url.pathname.startsWith('/cmi5/fetch/') ? fetchUrl : file;
    handler(req, res, url).catch((e) => {
      lms.problems.push(`${req.method} ${req.url}: ${e.stack || e}`);
      if (!res.headersSent) send(res, 500, { error: String(e) });
    });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  lms.origin = `http://127.0.0.1:${server.address().port}`;
  lms.stop = () =>
    new Promise((ok) => {
      server.closeAllConnections?.();
      server.close(() => ok());
    });

  /**
   * Starts a cmi5 AU session the way an LMS launches one: sets
   * `LMS.LaunchData` in the State API (context template with the
   * publisher's grouping and the session id, `launchMode`, `moveOn`, …) and
   * makes a one-time fetch URL. `au` is what `readCmi5Xml` read; `base` the
   * package's URL. Resolves to `{ url, session }`.
   */
  lms.launchCmi5 = ({ au, base, actor, registration, launchMode = 'Normal' }) => {
    const session = {
      id: randomUUID(),
      actor,
      registration,
      activityId: au.id,
      token: null,
      terminated: false,
    };
    lms.sessions.set(session.id, session);
    const fetchPath = `/cmi5/fetch/${randomBytes(8).toString('hex')}`;
    lms.fetches.set(fetchPath, session);
    const launchData = {
      contextTemplate: {
        contextActivities: { grouping: [{ id: au.id, objectType: 'Activity' }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': session.id },
      },
      launchMode,
      launchMethod: au.launchMethod,
      moveOn: au.moveOn,
      ...(au.masteryScore !== undefined ? { masteryScore: Number(au.masteryScore) } : {}),
    };
    lms.state.set(`LMS.LaunchData|${au.id}|${registration}`, JSON.stringify(launchData));
    const params = new URLSearchParams({
      endpoint: `${lms.origin}/lrs/`,
      fetch: `${lms.origin}${fetchPath}`,
      actor: JSON.stringify(actor),
      registration,
      activityId: au.id,
    });
    const auUrl = new URL(au.url, base);
    const url = `${auUrl.href}${auUrl.search ? '&' : '?'}${params}`;
    return { url, session, launchData };
  };

  /** The statements of one session, in order. */
  lms.sessionStatements = (session) => lms.statements.filter((s) => s.session === session.id).map((s) => s.statement);

  return lms;
}

/** Removes a temporary folder made by `tempDir`. */
export async function removeTemp(dir) {
  await rm(dir, { recursive: true, force: true });
  roots.delete(dir);
}

/** The files under `dir`, relative, sorted. */
export async function listFiles(dir, prefix = '') {
  const out = [];
  for (const e of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}
