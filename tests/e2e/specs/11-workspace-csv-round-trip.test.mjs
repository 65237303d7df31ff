// A workspace survives its own exports: a plan of 30 priorities uploaded
// as CSV (commas, quotes, accents, a line break, a cell starting with "="),
// mapped with the picker from the keyboard and annotated, exported as CSV
// and as JSON; a new workspace made from each export is the same workspace
// (the CSV does not carry the name; the JSON does).

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { eventually } from '../support/browser.mjs';
import { WorkspacePage, WorkspacesPage, workspaceKeys } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

/** A CSV field, quoted when it must be (RFC 4180). */
const field = (s) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** 30 priorities of a made-up plan, with the awkward characters a real one has. */
function plan() {
  const topics = [
    'Lower the cost of remittances, and make them safer',
    'Fair recruitment: no "fees" charged to workers',
    '=Half of the new jobs for young people, green and decent',
    'Améliorer l’accès des réfugiés à l’éducation et à la santé',
    'Register every birth; give everyone a proof of identity',
    'Data by sex, age and migratory status ("disaggregated")',
    'Prévenir la traite des êtres humains',
    'Roads, bridges and ports',
    'Diaspora investment — bonds, savings, "matching" grants',
    'Climate adaptation in the north\nand in coastal areas',
  ];
  const rows = [];
  for (let i = 0; i < 30; i += 1) {
    const pillar = Math.floor(i / 10) + 1;
    const id = `${pillar}.${(i % 10) + 1}`;
    const text = i < 10 ? topics[i] : `${topics[i % 10].replace(/^=/, '')} (${i + 1})`;
    const source = i % 3 === 0 ? '' : `NDP 2024–2028, pillar ${pillar}`;
    rows.push({ id, text, source });
  }
  const csv = ['id,text,source', ...rows.map((r) => [r.id, r.text, r.source].map(field).join(','))].join('\r\n') + '\r\n';
  return { rows, csv };
}

/** Links to make, by priority id, and a note on one of them. */
const LINKS = {
  '1.1': [
    { ref: 'gcm:20' },
    { ref: 'sdg:10.c' },
    { ref: 'sdg:10.c.1', typed: 'sdg:10.c' },
  ],
  '1.3': [{ ref: 'gcm:6' }, { ref: 'sdg:8.5', typed: '8.5' }],
  '1.4': [{ ref: 'gcm:15' }, { ref: 'sdg:4.5' }, { ref: 'sdg:10.7.2', typed: 'sdg:10.7' }],
  '2.6': [{ ref: 'gcm:1' }, { ref: 'sdg:17.18' }],
};
const NOTE = { priority: '1.1', ref: 'gcm:20', text: 'Costs, see "annex 2";\n=not a formula' };
const NAME = 'Plan d’Ardenia, 2026';

const stored = async (shell, key) => (await shell.storage())[key];
const withoutName = (json) => {
  const { name, ...rest } = JSON.parse(json);
  return rest;
};

/** Uploads `file` on the workspaces page; returns the new workspace's key. */
async function create(list, file) {
  await list.goto();
  const before = workspaceKeys(await list.storage());
  await list.upload(file);
  await list.created.waitFor();
  const keys = await eventually(async () => {
    const now = workspaceKeys(await list.storage()).filter((k) => !before.includes(k));
    assert.equal(now.length, 1, 'one new workspace key');
    return now;
  });
  return keys[0];
}

test('a 30-priority CSV becomes a workspace whose CSV and JSON exports re-import identically', async () => {
  const { rows, csv } = plan();
  const { context, page, errors } = await app.open();
  try {
    const list = new WorkspacesPage(page, app.baseUrl);

    // Upload the plan.
    const key1 = await create(list, { name: 'plan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const id1 = key1.replace('cca-lab.workspace.', '');
    assert.match((await list.created.textContent()).trim(), /^Created “plan”\. Open it$/);
    assert.equal((await list.item(id1).facts.textContent()).trim(), '30 priorities · 0 links');
    const first = JSON.parse(await stored(list, key1));
    assert.equal(first.name, 'plan');
    assert.deepEqual(
      first.priorities.map((p) => ({ id: p.id, text: p.text, source: p.source ?? '', links: p.links })),
      rows.map((r) => ({ ...r, links: [] })),
    );

    // Open it and map four priorities with the picker, from the keyboard.
    await list.created.getByRole('link', { name: 'Open it' }).click();
    const ws = new WorkspacePage(page, app.baseUrl, id1);
    await ws.h1.waitFor();
    assert.equal(ws.route(), `/w/${id1}`);
    await eventually(async () => assert.equal(await ws.priorities.count(), 30));
    for (const [pid, links] of Object.entries(LINKS)) {
      const picker = ws.priority(pid).picker;
      await picker.input.focus();
      for (const { ref, typed } of links) await picker.addByKeyboard(ref, { typed });
      assert.deepEqual(await picker.chosen(), links.map((l) => l.ref));
      assert.deepEqual(
        await ws.priority(pid).links.evaluateAll((lis) => lis.map((li) => li.dataset.ref)),
        links.map((l) => l.ref),
      );
    }
    const label = (await ws.priority(NOTE.priority).picker.chip(NOTE.ref).locator('.chip-label').textContent()).trim();
    await ws.priority(NOTE.priority).note(label).fill(NOTE.text);
    await ws.rename.fill(NAME);
    const nLinks = Object.values(LINKS).flat().length;
    await page.getByText(`30 priorities · ${nLinks} links · saved in this browser`).waitFor();
    const saved = await eventually(async () => {
      const w = JSON.parse(await stored(ws, key1));
      assert.equal(w.name, NAME);
      const p = w.priorities.find((q) => q.id === NOTE.priority);
      assert.equal(p.links.find((l) => l.ref === NOTE.ref)?.note, NOTE.text);
      for (const [pid, links] of Object.entries(LINKS)) {
        assert.deepEqual(w.priorities.find((q) => q.id === pid).links.map((l) => l.ref), links.map((l) => l.ref));
      }
      return stored(ws, key1);
    });

    // Export both ways.
    const csvOut = await ws.download(ws.exportCsv);
    const jsonOut = await ws.download(ws.exportJson);
    assert.match(csvOut.name, /\.csv$/);
    assert.match(jsonOut.name, /\.json$/);
    assert.ok(csvOut.text.startsWith('\ufeffpriority_id,priority_text,source,framework,code,official_text,note\r\n'));
    // A cell a spreadsheet would run as a formula is guarded with `'`.
    assert.ok(csvOut.text.includes(`1.3,"'=Half of the new jobs`), 'the "=" cell is guarded');
    assert.equal(jsonOut.text, saved, 'the JSON export is the stored workspace');

    // A new workspace from the CSV export: the same priorities and links.
    const key2 = await create(list, { name: csvOut.name, mimeType: 'text/csv', buffer: csvOut.bytes });
    assert.deepEqual(withoutName(await stored(list, key2)), withoutName(saved));
    // ...and its own CSV export is byte for byte the first.
    const ws2 = new WorkspacePage(page, app.baseUrl, key2.replace('cca-lab.workspace.', ''));
    await ws2.goto();
    await eventually(async () => assert.equal(await ws2.priorities.count(), 30));
    const csvAgain = await ws2.download(ws2.exportCsv);
    assert.ok(csvAgain.bytes.equals(csvOut.bytes), 'the second CSV export equals the first');

    // A new workspace from the JSON export: identical, name included.
    const key3 = await create(list, { name: jsonOut.name, mimeType: 'application/json', buffer: jsonOut.bytes });
    assert.equal(await stored(list, key3), saved);
    assert.equal(JSON.parse(await stored(list, key3)).name, NAME);

    // The list shows all three.
    const listed = await list.read();
    assert.equal(listed.length, 3);
    for (const w of listed) assert.equal(w.facts, `30 priorities · ${nLinks} links`);

    errors.assertNone();
  } finally {
    await context.close();
  }
});
