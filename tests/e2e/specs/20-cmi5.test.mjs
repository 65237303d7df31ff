// A cmi5 package of the starter, built with `cca-lab package --cmi5` from
// the build under test, launched by a fake LMS and LRS (support/lms.mjs)
// the way cmi5 says: the AU's URL from cmi5.xml with `endpoint`, `fetch`,
// `actor`, `registration` and `activityId`. The app gets its token from the
// fetch URL, reads LMS.LaunchData, sends `initialized`, then `completed`
// (with the moveOn category) once every lesson is done, keeps its progress
// in the State API, and sends `terminated` when the learner leaves; a new
// launch (a new fetch URL and token) restores the progress from the state.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { eventually, launchBrowser, openContext } from '../support/browser.mjs';
import { buildPackage, lessonsOf, outline, readCmi5Xml, startLms, stepsOf, tempDir, unzipPackage } from '../support/lms.mjs';
import { LessonPage } from '../support/pages.mjs';

const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const VERB = (v) => `http://adlnet.gov/expapi/verbs/${v}`;
const STATE_ID = 'cca-lab.progress';

const ACTOR = {
  objectType: 'Agent',
  name: 'Test Learner',
  account: { homePage: 'https://lms.example.invalid', name: 'learner-1' },
};
const REGISTRATION = randomUUID();

let lms;
let browser;
let au;
let base;
let starter;

before(async () => {
  const dir = await tempDir();
  const zip = await buildPackage('cmi5', 'starter', dir);
  const pkgDir = join(dir, 'pkg');
  await unzipPackage(zip, pkgDir);
  au = readCmi5Xml(await readFile(join(pkgDir, 'cmi5.xml'), 'utf8'));
  starter = await outline(join(pkgDir, 'app', 'curricula'), 'starter', 'en');
  lms = await startLms({ mounts: { '/pkg/': pkgDir } });
  base = `${lms.origin}/pkg/`;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await lms?.stop();
});

/** The verbs (last path segment) of statements. */
const verbs = (statements) => statements.map((s) => s.verb.id.split('/').at(-1));
const categories = (s) => (s.context?.contextActivities?.category ?? []).map((c) => c.id);

/** Checks what every cmi5-defined statement of `session` must carry. */
function assertCmi5Statement(s, session, launchData) {
  const verb = s.verb.id.split('/').at(-1);
  assert.match(s.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, `${verb}: a UUID id`);
  assert.ok(!Number.isNaN(Date.parse(s.timestamp)), `${verb}: a timestamp`);
  assert.deepEqual(s.actor, ACTOR, `${verb}: the launch actor`);
  assert.equal(s.verb.id, VERB(verb));
  assert.equal(s.verb.display?.['en-US'], verb);
  assert.deepEqual(s.object, { id: au.id, objectType: 'Activity' }, `${verb}: the AU`);
  assert.equal(s.context.registration, REGISTRATION, `${verb}: the registration`);
  assert.equal(s.context.extensions?.[SESSION_ID], session.id, `${verb}: the session id of the context template`);
  assert.deepEqual(
    s.context.contextActivities.grouping,
    launchData.contextTemplate.contextActivities.grouping,
    `${verb}: the grouping of the context template`,
  );
  assert.ok(categories(s).includes(CMI5), `${verb}: the cmi5 category`);
}

async function completeEveryLesson(page) {
  const lessons = lessonsOf(starter);
  await page.getByTestId('modules').waitFor();
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  for (const [i, l] of lessons.entries()) {
    const lesson = new LessonPage(page, base, 'starter', l.module, l.lesson);
    await lesson.title.filter({ hasText: l.title }).waitFor();
    if (i === 0) {
      const question = l.steps.find((s) => /choice/.test(s.kind));
      const q = lesson.question(question.id);
      await q.choose(...question.answer);
      await q.check();
    }
    await lesson.complete.click();
    if (i + 1 < lessons.length) await lesson.title.filter({ hasText: lessons[i + 1].title }).waitFor();
  }
}

test('cmi5: initialized, completed with moveOn once every lesson is done, terminated on leaving; state kept', async () => {
  assert.equal(au.url, 'app/index.html?lms=cmi5&curriculum=starter', 'the AU url of cmi5.xml');
  assert.equal(au.moveOn, 'Completed');
  const launch = lms.launchCmi5({ au, base, actor: ACTOR, registration: REGISTRATION });
  // The first launch finds no state document of its own: the LRS answers 404.
  const { context, page, errors } = await openContext(browser, { allow: [/\/lrs\/activities\/state\?stateId=cca-lab\.[\w.-]+&/] });
  try {
    await page.goto(launch.url);
    await page.getByTestId('modules').waitFor();
    assert.equal(new URL(page.url()).hash, '#/c/starter');

    // The token came from the fetch URL (POSTed once); LMS.LaunchData was read.
    const fetches = lms.requests.filter((r) => r.path.startsWith('/cmi5/fetch/'));
    assert.deepEqual(fetches.map((r) => r.method), ['POST']);
    const reads = lms.requests.filter((r) => r.method === 'GET' && r.path === '/lrs/activities/state');
    assert.deepEqual(reads.map((r) => r.query.stateId).slice(0, 2), ['LMS.LaunchData', STATE_ID]);
    await eventually(async () => assert.deepEqual(verbs(lms.sessionStatements(launch.session)), ['initialized']));

    // Every lesson completed (and a question answered): `completed`, once.
    await completeEveryLesson(page);
    const completed = await eventually(async () => {
      const list = lms.sessionStatements(launch.session);
      assert.deepEqual(verbs(list), ['initialized', 'completed']);
      return list[1];
    });
    assert.ok(categories(completed).includes(MOVEON), 'completed carries the moveon category');
    assert.equal(completed.result?.completion, true);
    assert.match(completed.result?.duration ?? '', /^PT\d+(\.\d+)?S$/);
    // The progress is in the State API.
    await eventually(async () => {
      const saved = JSON.parse(lms.state.get(`${STATE_ID}|${au.id}|${REGISTRATION}`) ?? 'null');
      assert.deepEqual([...(saved?.completed ?? [])].sort(), lessonsOf(starter).map((l) => l.key).sort());
    });

    // Leaving: `terminated`, the last statement.
    await page.goto('about:blank');
    const list = await eventually(async () => {
      const l = lms.sessionStatements(launch.session);
      assert.deepEqual(verbs(l), ['initialized', 'completed', 'terminated']);
      return l;
    });
    assert.match(list[2].result?.duration ?? '', /^PT\d+(\.\d+)?S$/);
    for (const s of list) assertCmi5Statement(s, launch.session, launch.launchData);
    assert.ok(!categories(list[0]).includes(MOVEON) && !categories(list[2]).includes(MOVEON), 'moveon only on completed');

    // Every LRS request carried the token and the xAPI version; nothing refused.
    const lrs = lms.requests.filter((r) => r.path.startsWith('/lrs/'));
    for (const r of lrs) {
      assert.equal(r.headers.authorization, `Basic ${launch.session.token}`, `${r.method} ${r.path}: Authorization`);
      assert.match(r.headers['x-experience-api-version'], /^1\.0\.\d+$/, `${r.method} ${r.path}: X-Experience-API-Version`);
    }
    assert.deepEqual(lms.problems, []);
    errors.assertNone();
  } finally {
    await context.close();
  }
});

test('cmi5: a new launch (new fetch URL and token, another device) restores the progress from the state', async () => {
  const lessons = lessonsOf(starter);
  const question = stepsOf(starter).find((s) => /choice/.test(s.kind));
  assert.ok(lms.state.has(`${STATE_ID}|${au.id}|${REGISTRATION}`), 'the first test left a state document');
  const launch = lms.launchCmi5({ au, base, actor: ACTOR, registration: REGISTRATION });
  const { context, page, errors } = await openContext(browser);
  try {
    await page.goto(launch.url);
    await page
      .locator('label[for="curriculum-progress"]')
      .filter({ hasText: `${lessons.length} of ${lessons.length} lessons completed` })
      .waitFor();
    await page.getByRole('link', { name: lessons[0].title, exact: true }).click();
    const lesson = new LessonPage(page, base, 'starter', lessons[0].module, lessons[0].lesson);
    const q = lesson.question(question.id);
    await q.tryAgainButton.waitFor();
    assert.equal((await q.result.textContent()).trim(), 'Correct.');
    assert.deepEqual(await q.chosen(), question.answer);

    await page.goto('about:blank');
    const list = await eventually(async () => {
      const l = lms.sessionStatements(launch.session);
      assert.equal(verbs(l).at(-1), 'terminated');
      return l;
    });
    assert.equal(verbs(list)[0], 'initialized');
    for (const s of list) assertCmi5Statement(s, launch.session, launch.launchData);
    assert.deepEqual(lms.problems, []);
    errors.assertNone();
  } finally {
    await context.close();
  }
});

test(
  'cmi5: a relaunch in the same registration does not send `completed` again',
  async () => {
    const all = lms.statements.map((s) => s.statement).filter((s) => s.context?.registration === REGISTRATION);
    assert.equal(verbs(all).filter((v) => v === 'completed').length, 1, `verbs sent in the registration: ${verbs(all).join(', ')}`);
  },
);
