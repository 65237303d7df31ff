// A SCORM 1.2 package of the starter, built with `cca-lab package --scorm12`
// from the build under test, in a fake LMS (fixtures/lms/scorm12.html): the
// app initialises the run-time API, reports the score, its progress
// (compressed, within `cmi.suspend_data`'s 4,096 characters) and completion,
// finishes when it is closed, and resumes from the LMS on another device.
// Opened without an LMS, it works as a plain page. A whole course's progress
// (the cca-migration curriculum) fits in 4,096 characters.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { eventually, launchBrowser, openContext } from '../support/browser.mjs';
import {
  LMS_FIXTURES,
  ROOT,
  buildPackage,
  lessonsOf,
  outline,
  readImsManifest,
  startLms,
  stepsOf,
  tempDir,
  unpackSuspendData,
  unzipPackage,
} from '../support/lms.mjs';
import { LessonPage } from '../support/pages.mjs';

let lms;
let browser;
let pkgDir;
let manifest;
let starter;

before(async () => {
  const dir = await tempDir();
  const zip = await buildPackage('scorm12', 'starter', dir);
  pkgDir = join(dir, 'pkg');
  await unzipPackage(zip, pkgDir);
  manifest = readImsManifest(await readFile(join(pkgDir, 'imsmanifest.xml'), 'utf8'));
  starter = await outline(join(pkgDir, 'app', 'curricula'), 'starter', 'en');
  lms = await startLms({ mounts: { '/pkg/': pkgDir, '/lms/': LMS_FIXTURES } });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await lms?.stop();
});

/** The app's frame in the LMS page (after it has loaded the launch href). */
async function scoFrame(page) {
  return eventually(async () => {
    const frame = page.frames().find((f) => f.name() === 'sco' && f.url().includes('/pkg/app/index.html'));
    assert.ok(frame, 'the SCO is loaded in iframe#sco');
    return frame;
  });
}

/** The LMS's record of calls. */
const calls = (page) => page.evaluate(() => window.calls);
const sets = (list, element) => list.filter((c) => c.method === 'LMSSetValue' && c.args[0] === element);

/** Fails on any call the fake LMS refused. */
function assertNoRefusedCalls(list) {
  const refused = list.filter((c) => c.error !== '0' || c.result === 'false');
  assert.deepEqual(refused, [], 'every API call succeeded');
}

test('SCORM 1.2: initialise, report score and progress, complete, finish; resume from suspend_data on another device', async () => {
  assert.equal(manifest.href, 'app/index.html?lms=scorm12&curriculum=starter', 'the launch href of the package');
  const lessons = lessonsOf(starter);
  const scored = stepsOf(starter).filter((s) => /choice|mapping/.test(s.kind));
  const { context, page, errors } = await openContext(browser);
  try {
    await page.goto(`${lms.origin}/lms/scorm12.html`);
    let frame = await scoFrame(page);

    // Launch: LMSInitialize, then lesson_status `incomplete`.
    await eventually(async () => {
      const list = await calls(page);
      assert.equal(list[0]?.method, 'LMSInitialize');
      assert.equal(list[0].result, 'true');
      assert.ok(sets(list, 'cmi.core.lesson_status').some((c) => c.args[1] === 'incomplete'), 'lesson_status set to incomplete');
    });
    assert.equal((await page.evaluate(() => window.lms.cmi()))['cmi.core.lesson_status'], 'incomplete');

    // The app opens the curriculum; "Start" leads to the first lesson.
    await frame.getByTestId('modules').waitFor();
    await frame.getByRole('link', { name: 'Start', exact: true }).click();
    const first = new LessonPage(frame, lms.origin, 'starter', lessons[0].module, lessons[0].lesson);
    await first.title.filter({ hasText: lessons[0].title }).waitFor();

    // Answer its question: score.raw, suspend_data and a commit.
    const question = lessons[0].steps.find((s) => /choice/.test(s.kind));
    const before = (await calls(page)).length;
    const q = first.question(question.id);
    await q.choose(...question.answer);
    await q.check();
    assert.equal((await q.result.textContent()).trim(), 'Correct.');
    const key = `${lessons[0].key}/${question.id}`;
    const reported = await eventually(async () => {
      const list = (await calls(page)).slice(before);
      const raw = sets(list, 'cmi.core.score.raw').at(-1);
      assert.equal(raw?.args[1], String(Math.round((1 / scored.length) * 100)), 'score.raw: 1 right of all scored steps');
      const data = sets(list, 'cmi.suspend_data').at(-1);
      assert.ok(data, 'suspend_data set');
      const progress = unpackSuspendData(data.args[1]);
      assert.deepEqual(progress.answers[key], { selected: question.answer, correct: true, attempts: 1 });
      const commit = list.findLastIndex((c) => c.method === 'LMSCommit');
      assert.ok(commit > list.indexOf(data), 'LMSCommit after suspend_data');
      return data.args[1];
    });
    assert.match(reported, /^z1:[A-Za-z0-9+/=]+$/);
    assert.ok(reported.length <= 4096, `suspend_data has ${reported.length} characters`);
    assert.equal(sets(await calls(page), 'cmi.core.score.min').at(-1)?.args[1], '0');
    assert.equal(sets(await calls(page), 'cmi.core.score.max').at(-1)?.args[1], '100');

    // Complete every lesson: lesson_status `completed`.
    for (const [i, l] of lessons.entries()) {
      const lesson = new LessonPage(frame, lms.origin, 'starter', l.module, l.lesson);
      await lesson.title.filter({ hasText: l.title }).waitFor();
      await lesson.complete.click();
      if (i + 1 < lessons.length) await lesson.title.filter({ hasText: lessons[i + 1].title }).waitFor();
    }
    await eventually(async () => {
      const cmi = await page.evaluate(() => window.lms.cmi());
      assert.equal(cmi['cmi.core.lesson_status'], 'completed');
      const progress = unpackSuspendData(cmi['cmi.suspend_data']);
      assert.deepEqual([...progress.completed].sort(), lessons.map((l) => l.key).sort());
    });

    // Close: the SCO is navigated away; on pagehide it sets exit and
    // session time, commits and finishes.
    const closing = (await calls(page)).length;
    await page.evaluate(() => window.lms.close());
    await eventually(async () => assert.equal(await page.evaluate(() => window.lms.state()), 'finished'));
    const end = (await calls(page)).slice(closing);
    assert.deepEqual(
      end.map((c) => (c.method === 'LMSSetValue' ? `${c.method} ${c.args[0]}` : c.method)),
      ['LMSSetValue cmi.core.session_time', 'LMSSetValue cmi.core.exit', 'LMSCommit', 'LMSFinish'],
    );
    assert.match(end[0].args[1], /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/);
    assert.ok(['', 'suspend'].includes(end[1].args[1]), `exit is "" or "suspend", not ${JSON.stringify(end[1].args[1])}`);
    assert.equal(end[1].args[1], '', 'a completed course exits normally');
    const all = await calls(page);
    assertNoRefusedCalls(all);
    assert.equal(all.filter((c) => c.method === 'LMSInitialize').length, 1);

    // Another device: the app's own storage is empty; the LMS keeps its data.
    const lmsKey = await page.evaluate(() => window.lms.key());
    await page.evaluate((keep) => {
      for (const k of Object.keys(localStorage)) if (k !== keep) localStorage.removeItem(k);
    }, lmsKey);
    assert.deepEqual(Object.keys(await page.evaluate(() => ({ ...localStorage }))), [lmsKey]);

    // Relaunch: the progress comes back from suspend_data.
    await page.reload();
    frame = await scoFrame(page);
    await eventually(async () => assert.equal((await calls(page))[0]?.method, 'LMSInitialize'));
    await frame.getByTestId('modules').waitFor();
    await frame
      .locator('label[for="curriculum-progress"]')
      .filter({ hasText: `${lessons.length} of ${lessons.length} lessons completed` })
      .waitFor();
    await frame.getByRole('link', { name: lessons[0].title, exact: true }).click();
    const again = new LessonPage(frame, lms.origin, 'starter', lessons[0].module, lessons[0].lesson);
    const q2 = again.question(question.id);
    await q2.tryAgainButton.waitFor();
    assert.equal((await q2.result.textContent()).trim(), 'Correct.');
    assert.deepEqual(await q2.chosen(), question.answer);
    await again.completed.waitFor();
    // Still completed: the app does not set it back to incomplete.
    const second = await calls(page);
    assert.ok(!sets(second, 'cmi.core.lesson_status').some((c) => c.args[1] !== 'completed'), 'lesson_status stays completed');
    assert.equal((await page.evaluate(() => window.lms.cmi()))['cmi.core.entry'], '', 'entry after a normal exit');
    assertNoRefusedCalls(second);

    errors.assertNone();
  } finally {
    await context.close();
  }
});

test('without an LMS, the SCORM launch address works as a plain page', async () => {
  const { context, page, errors } = await openContext(browser);
  try {
    await page.goto(`${lms.origin}/pkg/${manifest.href}`);
    await page.getByTestId('modules').waitFor();
    assert.equal(new URL(page.url()).hash, '#/c/starter');
    const lessons = lessonsOf(starter);
    const question = lessons[0].steps.find((s) => /choice/.test(s.kind));
    await page.getByRole('link', { name: lessons[0].title, exact: true }).click();
    const lesson = new LessonPage(page, lms.origin, 'starter', lessons[0].module, lessons[0].lesson);
    const q = lesson.question(question.id);
    await q.choose(...question.answer);
    await q.check();
    assert.equal((await q.result.textContent()).trim(), 'Correct.');
    await eventually(async () => {
      const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('cca-lab.progress'))) ?? 'null');
      assert.equal(stored?.curricula?.starter?.answers?.[`${lessons[0].key}/${question.id}`]?.correct, true);
    });
    // Inside a package the platform serves the app: no service worker.
    assert.deepEqual(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    errors.assertNone();
  } finally {
    await context.close();
  }
});

/**
 * A learner's progress through the whole cca-migration curriculum (its TOML
 * files): every question answered (after 1–3 checks), every lesson
 * completed, every mapping exercise tried 3 times, each attempt choosing
 * the expected references and extras from the exercise's frameworks.
 */
async function fullCourse() {
  const course = await outline(join(ROOT, 'curricula'), 'cca-migration', 'en');
  const lessons = lessonsOf(course);
  const steps = stepsOf(course);
  const EXTRAS = {
    gcm: ['gcm:23', 'gcm:3', 'gcm:17'],
    sdg_targets: ['sdg:17.17', 'sdg:1.1', 'sdg:16.6'],
    sdg_indicators: ['sdg:17.18.1', 'sdg:1.1.1', 'sdg:16.6.2'],
  };
  const scores = [0.4666666666666667, 0.7333333333333334, 0.9047619047619048];
  const progress = { language: 'en', answers: {}, completed: lessons.map((l) => l.key), last_lesson: lessons.at(-1).key, mappings: {} };
  steps.forEach((s, i) => {
    if (/choice/.test(s.kind)) progress.answers[s.key] = { selected: s.answer, correct: true, attempts: 1 + (i % 3) };
    if (s.kind !== 'mapping') return;
    const extras = s.frameworks.flatMap((f) => EXTRAS[f]);
    const attempts = [1, 2, 3].map((n, k) => ({
      answers: Object.fromEntries(
        s.priorities.map((p, j) => [p.id, [...p.expected, ...extras.slice((j + k) % extras.length).concat(extras).slice(0, n)]]),
      ),
      score: scores[k],
    }));
    progress.mappings[s.key] = { draft: attempts.at(-1).answers, attempts };
  });
  return { progress, steps, lessons };
}

test("a whole course's progress fits cmi.suspend_data's 4,096 characters and keeps answers, lessons and last scores", async (t) => {
  const { progress, steps, lessons } = await fullCourse();
  const mappings = steps.filter((s) => s.kind === 'mapping');
  assert.ok(mappings.length >= 5 && Object.keys(progress.answers).length >= 50, 'a full course');
  const { context, page, errors } = await openContext(browser);
  try {
    await page.goto(`${lms.origin}/pkg/app/index.html`);
    await page.getByTestId('catalog').waitFor();
    const out = await page.evaluate(async (p) => {
      const lms = await import(new URL('lms.js', document.baseURI).href);
      const full = await lms.pack(p);
      const packed = await lms.fit(p);
      return { json: JSON.stringify(p).length, full: full.length, packed, back: packed && (await lms.unpack(packed)) };
    }, progress);
    t.diagnostic(
      `cca-migration, ${lessons.length} lessons, ${Object.keys(progress.answers).length} questions, ${mappings.length} mapping exercises × 3 attempts: ` +
        `JSON ${out.json} characters, packed ${out.full}, fitted ${out.packed?.length ?? 'null'} (limit 4096)`,
    );
    assert.ok(out.packed, 'fit() found a form within 4,096 characters');
    assert.ok(out.packed.length <= 4096, `${out.packed.length} characters`);
    assert.match(out.packed, /^z1:/);
    const back = out.back;
    assert.deepEqual(back.answers, progress.answers, 'every answer kept');
    assert.deepEqual([...back.completed].sort(), [...progress.completed].sort(), 'every completed lesson kept');
    for (const s of mappings) {
      const kept = back.mappings?.[s.key]?.attempts ?? [];
      assert.equal(kept.length, 3, `${s.key}: every attempt kept`);
      assert.equal(kept.at(-1).score, progress.mappings[s.key].attempts.at(-1).score, `${s.key}: last score kept`);
    }
    errors.assertNone();
  } finally {
    await context.close();
  }
});
