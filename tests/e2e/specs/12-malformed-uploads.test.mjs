// A file that cannot be imported is refused whole: an alert lists every
// problem with its line (and column, where there is one), and no workspace
// is stored. Covers unknown references in the `code` column of a CSV
// export, a row with too few fields, and broken JSON.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { WorkspacesPage, workspaceKeys } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

const HEADER = 'priority_id,priority_text,source,framework,code,official_text,note';

/** 1-based line and column of the first `needle` in `text`. */
function placeOf(text, needle) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`${needle} not in the file`);
  return { line: line + 1, column: [...lines[line].slice(0, lines[line].indexOf(needle))].length + 1 };
}

/**
 * Uploads `text` as `name` on a fresh workspaces page; returns the listed
 * problems, after checking the alert's summary and that nothing was stored.
 */
async function refused(name, text) {
  const { context, page, errors } = await app.open();
  try {
    const list = new WorkspacesPage(page, app.baseUrl);
    await list.goto();
    await list.upload({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    const problems = await list.problems();
    const alert = page.getByRole('alert');
    assert.match(
      (await alert.locator('p').first().textContent()).trim(),
      new RegExp(`^${name.replace('.', '\\.')} could not be imported: ${problems.length} problems?\\. Nothing was changed\\.`),
    );
    assert.deepEqual(workspaceKeys(await list.storage()), [], 'no workspace is stored');
    assert.equal(await list.items.count(), 0, 'no workspace is listed');
    assert.equal(await list.created.count(), 0, 'no "Created" message');
    errors.assertNone();
    return problems;
  } finally {
    await context.close();
  }
}

test('unknown references in the code column: each listed with its line and column', async () => {
  const csv = [
    HEADER,
    'p1,Lower remittance costs,,GCM objective,gcm:20,,',
    'p2,Fair recruitment,,GCM objective,gcm:24,,',
    'p2,Fair recruitment,,SDG indicator,sdg:10.7.9,,',
    '',
  ].join('\n');
  const a = placeOf(csv, 'gcm:24');
  const b = placeOf(csv, 'sdg:10.7.9');
  const problems = await refused('bad-codes.csv', csv);
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0], new RegExp(`^line ${a.line}, column ${a.column}: unknown GCM objective gcm:24 — the GCM has 23 objectives`));
  assert.match(problems[1], new RegExp(`^line ${b.line}, column ${b.column}: unknown SDG indicator sdg:10\\.7\\.9 — did you mean sdg:10\\.7\\.1`));
});

test('a row with too few fields is listed with its line', async () => {
  const csv = [HEADER, 'p1,Lower remittance costs,,GCM objective,gcm:20,,', 'p2,Fair recruitment', ''].join('\n');
  const problems = await refused('short-row.csv', csv);
  assert.deepEqual(problems, ['line 3, column 20: 2 fields, but the header has 7']);
});

test(
  'a short row and unknown references in one file: every problem is listed',
  async () => {
    const csv = [
      HEADER,
      'p1,Lower remittance costs,,GCM objective,gcm:24,,',
      'p2,Fair recruitment',
      'p3,Data,,SDG indicator,sdg:10.7.9,,',
      '',
    ].join('\n');
    const a = placeOf(csv, 'gcm:24');
    const b = placeOf(csv, 'sdg:10.7.9');
    const problems = await refused('mixed.csv', csv);
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith(`line ${a.line}, column ${a.column}: unknown GCM objective gcm:24`)), problems.join('\n'));
    assert.ok(problems.some((p) => /^line 3, column \d+: 2 fields, but the header has 7$/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith(`line ${b.line}, column ${b.column}: unknown SDG indicator sdg:10.7.9`)), problems.join('\n'));
  },
);

const BROKEN_JSON = '{"format": "cca-lab-workspace", "version": 1,\n  "priorities": [\n    {"id": "p1" "text": "x"}\n  ]\n}\n';

test('broken JSON: the message gives the line and column of the syntax error', async () => {
  const at = placeOf(BROKEN_JSON, '"text"');
  const problems = await refused('broken.json', BROKEN_JSON);
  assert.deepEqual(problems, [`line ${at.line}, column ${at.column}: not valid JSON: expected \`,\` or \`}\``]);
});

test(
  'broken JSON after blank lines: the line counts them',
  async () => {
    const text = `\n\n${BROKEN_JSON}`;
    const at = placeOf(text, '"text"');
    const problems = await refused('blank-first.json', text);
    assert.deepEqual(problems, [`line ${at.line}, column ${at.column}: not valid JSON: expected \`,\` or \`}\``]);
  },
);
