// CCA Migration Lab inside a learning platform (LMS).
//
// boot.js loads this module when the app is launched with `?lms=scorm12`
// or `?lms=cmi5` (the launch addresses of the packages `cca-lab package`
// builds). It restores the learner's progress from the platform before the
// app starts, then reports what the app announces in `cca-lab:results`
// events (see src/ui/services/lms.rs): score, completion and progress.
// With no platform to talk to, it does nothing and the app keeps progress
// in the browser as usual.

const PROGRESS_KEY = 'cca-lab.progress';
const PROGRESS_SCHEMA = 2; // src/domain/progress.rs PROGRESS_SCHEMA
const SUSPEND_LIMIT = 4096; // SCORM 1.2 cmi.suspend_data

export async function start(params, curriculum) {
  if (!curriculum) return;
  const kind = params.get('lms');
  if (kind === 'scorm12') await scorm12(curriculum);
  else if (kind === 'cmi5') await cmi5(params, curriculum);
}

// --- The app's stored progress -------------------------------------------

/** Puts `saved` (one curriculum's progress) into the app's storage. */
function restore(curriculum, saved) {
  if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return;
  let all = null;
  try { all = JSON.parse(localStorage.getItem(PROGRESS_KEY)); } catch { all = null; }
  if (!all || typeof all !== 'object' || typeof all.schema !== 'number') all = { schema: PROGRESS_SCHEMA, curricula: {} };
  if (all.schema > PROGRESS_SCHEMA) return; // written by a newer app: leave it to the app
  all.curricula = all.curricula && typeof all.curricula === 'object' ? all.curricula : {};
  all.curricula[curriculum] = saved;
  localStorage.setItem(PROGRESS_KEY, JSON.stringify(all));
}

// --- Compact suspend data --------------------------------------------------

const toBase64 = (bytes) => { let s = ''; for (const b of bytes) s += String.fromCharCode(b); return btoa(s); };
const fromBase64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function deflate(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function inflate(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

/** Progress as `z1:` + base64(deflate(JSON)). */
export async function pack(progress) {
  return `z1:${toBase64(await deflate(JSON.stringify(progress)))}`;
}

/** The progress in a `pack`ed text, or null. */
export async function unpack(text) {
  if (typeof text !== 'string' || !text.startsWith('z1:')) return null;
  try { return JSON.parse(await inflate(fromBase64(text.slice(3)))); } catch { return null; }
}

/**
 * Progress packed within `limit` characters, giving up detail in steps
 * until it fits: first the choices of all but the last attempt at each
 * mapping exercise, then drafts equal to the last attempt, then the
 * choices of every attempt (scores stay). Null if even that is too long.
 */
export async function fit(progress, limit = SUSPEND_LIMIT) {
  const p = structuredClone(progress);
  const steps = [
    () => {},
    () => { for (const m of Object.values(p.mappings ?? {})) (m.attempts ?? []).slice(0, -1).forEach((a) => { a.answers = {}; }); },
    () => {
      for (const m of Object.values(p.mappings ?? {})) {
        const last = (m.attempts ?? []).at(-1);
        if (last && JSON.stringify(last.answers) === JSON.stringify(m.draft)) m.draft = {};
      }
    },
    () => { for (const m of Object.values(p.mappings ?? {})) (m.attempts ?? []).forEach((a) => { a.answers = {}; }); },
  ];
  for (const step of steps) {
    step();
    const packed = await pack(p);
    if (packed.length <= limit) return packed;
  }
  return null;
}

// --- SCORM 1.2 -----------------------------------------------------------

function findApi(win) {
  for (let w = win, n = 0; w && n < 12; n += 1) {
    try { if (w.API && typeof w.API.LMSInitialize === 'function') return w.API; } catch { /* other origin */ }
    let parent = null;
    try { parent = w.parent; } catch { parent = null; }
    if (!parent || parent === w) break;
    w = parent;
  }
  return null;
}

function sessionTime(ms) {
  const s = Math.floor(ms / 1000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${String(Math.floor(s / 3600)).padStart(4, '0')}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/**
 * Calls `handle(report)` for each results report the app sends for
 * `curriculum` (the `cca-lab:results` event), one at a time, in order.
 */
function onResults(curriculum, handle) {
  let queue = Promise.resolve();
  window.addEventListener('cca-lab:results', (event) => {
    let report;
    try { report = JSON.parse(event.detail); } catch { return; }
    if (report.curriculum !== curriculum) return;
    queue = queue.then(() => handle(report));
  });
}

async function scorm12(curriculum) {
  let api = findApi(window);
  if (!api && window.opener) { try { api = findApi(window.opener); } catch { api = null; } }
  if (!api) return;
  if (String(api.LMSInitialize('')) !== 'true') return;
  const began = Date.now();
  const status = String(api.LMSGetValue('cmi.core.lesson_status'));
  if (status === 'not attempted' || status === '') api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  restore(curriculum, await unpack(String(api.LMSGetValue('cmi.suspend_data') ?? '')));
  api.LMSCommit('');

  let complete = status === 'completed' || status === 'passed';
  onResults(curriculum, async (report) => {
    if (typeof report.score === 'number') {
      api.LMSSetValue('cmi.core.score.min', '0');
      api.LMSSetValue('cmi.core.score.max', '100');
      api.LMSSetValue('cmi.core.score.raw', String(Math.round(report.score * 100)));
    }
    complete = complete || report.complete;
    api.LMSSetValue('cmi.core.lesson_status', complete ? 'completed' : 'incomplete');
    const packed = await fit(report.progress);
    if (packed) api.LMSSetValue('cmi.suspend_data', packed);
    else console.warn('CCA Migration Lab: progress too large for SCORM suspend data; kept in this browser only');
    api.LMSCommit('');
  });
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    api.LMSSetValue('cmi.core.session_time', sessionTime(Date.now() - began));
    api.LMSSetValue('cmi.core.exit', complete ? '' : 'suspend');
    api.LMSCommit('');
    api.LMSFinish('');
  };
  window.addEventListener('pagehide', finish);
}

// --- cmi5 -------------------------------------------------------------------

const VERB = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
};
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const STATE_ID = 'cca-lab.progress';
const SENT_ID = 'cca-lab.sent';

function isoDuration(ms) {
  return `PT${(ms / 1000).toFixed(2)}S`;
}

async function cmi5(params, curriculum) {
  const endpoint = params.get('endpoint');
  const fetchUrl = params.get('fetch');
  const registration = params.get('registration');
  const activityId = params.get('activityId');
  let actor = null;
  try { actor = JSON.parse(params.get('actor')); } catch { actor = null; }
  if (!endpoint || !fetchUrl || !registration || !activityId || !actor) return;
  const base = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;

  const tokenResponse = await fetch(fetchUrl, { method: 'POST' });
  const token = (await tokenResponse.json())['auth-token'];
  if (!token) throw new Error('the platform gave no auth-token');
  const headers = { Authorization: `Basic ${token}`, 'X-Experience-API-Version': '1.0.3' };
  const stateUrl = (stateId) => `${base}activities/state?${new URLSearchParams({
    stateId, activityId, agent: JSON.stringify(actor), registration,
  })}`;

  const launch = await (await fetch(stateUrl('LMS.LaunchData'), { headers })).json();
  const normal = (launch.launchMode ?? 'Normal') === 'Normal';
  const mastery = typeof launch.masteryScore === 'number' ? launch.masteryScore : null;
  const saved = await fetch(stateUrl(STATE_ID), { headers });
  if (saved.ok) { try { restore(curriculum, await saved.json()); } catch { /* none yet */ } }
  // Which of `completed`, `passed`/`failed` this registration has had: cmi5
  // lets an AU send each once per registration, so a relaunch must not
  // send them again.
  let sent = {};
  const sentResponse = await fetch(stateUrl(SENT_ID), { headers });
  if (sentResponse.ok) { try { sent = (await sentResponse.json()) ?? {}; } catch { sent = {}; } }
  const remember = (key) => {
    sent[key] = true;
    return fetch(stateUrl(SENT_ID), {
      method: 'PUT', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(sent),
    });
  };

  const began = Date.now();
  const send = (verb, result, moveOn = false, keepalive = false) => {
    const template = structuredClone(launch.contextTemplate ?? {});
    const activities = template.contextActivities ?? {};
    activities.category = [...(activities.category ?? []), { id: CMI5_CATEGORY }];
    if (moveOn) activities.category.push({ id: MOVEON_CATEGORY });
    const statement = {
      id: crypto.randomUUID(),
      timestamp: new Date().toISOString(),
      actor,
      verb: { id: VERB[verb], display: { 'en-US': verb } },
      object: { id: activityId, objectType: 'Activity' },
      context: { ...template, registration, contextActivities: activities },
    };
    if (result) statement.result = result;
    return fetch(`${base}statements`, {
      method: 'POST', keepalive, headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(statement),
    });
  };
  await send('initialized');

  onResults(curriculum, async (report) => {
    await fetch(stateUrl(STATE_ID), {
      method: 'PUT', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(report.progress),
    });
    if (!normal) return;
    if (report.complete && !sent.completed) {
      await send('completed', { completion: true, duration: isoDuration(Date.now() - began) }, true);
      await remember('completed');
    }
    if (report.complete && !sent.judged && mastery !== null && typeof report.score === 'number') {
      const passed = report.score >= mastery;
      await send(passed ? 'passed' : 'failed', {
        success: passed, score: { scaled: Math.round(report.score * 1000) / 1000 }, duration: isoDuration(Date.now() - began),
      }, true);
      await remember('judged');
    }
  });
  let terminated = false;
  window.addEventListener('pagehide', () => {
    if (terminated) return;
    terminated = true;
    send('terminated', { duration: isoDuration(Date.now() - began) }, false, true);
  });
}
