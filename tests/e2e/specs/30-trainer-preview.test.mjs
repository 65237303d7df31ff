// The trainer's authoring page: a broken curriculum folder dropped (chosen
// with the folder input) lists every problem with its file, place and the
// offending line; fixed and dropped again, it previews with the ordinary
// pages; one edited file dropped alone, and a zip of the folder, refresh
// the preview. Nothing is fetched from the site for the dropped curriculum.

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

import { CurriculumPage, TrainerPreviewPage, makeZip } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();
const FIXTURE = new URL('../fixtures/broken-demo', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'cca-preview-'));
const dir = join(work, 'broken-demo');
cpSync(FIXTURE, dir, { recursive: true });
after(() => rmSync(work, { recursive: true, force: true }));

const read = (rel) => readFileSync(join(dir, rel), 'utf8');
const line = (rel, n) => read(rel).split('\n')[n - 1];

test('a broken folder shows every problem with its line; fixed, it previews as trainees see it', async () => {
  const { context, page, errors } = await app.open();
  try {
    const trainer = new TrainerPreviewPage(page, app.baseUrl);
    await trainer.goto();
    await trainer.waitForHeading('Check and preview a curriculum');
    await trainer.folderInput.setInputFiles(dir);

    const found = await trainer.readWithSnippets();
    // The planted mistakes (see tests/e2e/fixtures/broken-demo and spec 04),
    // with paths inside the dropped folder and the offending line shown.
    const expect = [
      ['en/about.toml', 'E012', 4, 1],
      ['en/basics.toml', 'E030', 15, 21],
      ['en/basics.toml', 'E020', 19, 8],
      ['en/basics/intro.md', 'E060', 3, 20],
      ['en/basics/intro.md', 'E060', 3, 31],
    ];
    assert.deepEqual(
      found.map((d) => [d.file, d.code, d.place]),
      expect.map(([f, c, l, col]) => [f, c, `line ${l}, column ${col}`]),
    );
    for (const [i, [file, , l, col]] of expect.entries()) {
      const prefix = `${l} | `;
      assert.equal(
        found[i].snippet,
        `${prefix}${line(file, l)}\n${' '.repeat(prefix.length + col - 1)}^`,
        `snippet of ${file}:${l}`,
      );
    }
    assert.equal(await trainer.open_.count(), 0, 'no preview while there are errors');

    // Fix every mistake and drop the folder again.
    writeFileSync(join(dir, 'en/about.toml'), read('en/about.toml').replace('sumary =', 'summary ='));
    writeFileSync(join(dir, 'en/basics.toml'), read('en/basics.toml').replace('sdg:10.7.9', 'sdg:10.7.2').replace('"reference-card"', '"reference_card"'));
    writeFileSync(join(dir, 'en/basics/intro.md'), read('en/basics/intro.md').replace('<b>raw HTML</b>', '**Markdown**'));
    await trainer.folderInput.setInputFiles(dir);
    await trainer.ok.waitFor();
    assert.equal(await trainer.diagnostics.root.count(), 0);

    // The ordinary curriculum page, from the dropped files.
    await trainer.languageLink('English').click();
    const preview = new CurriculumPage(page, app.baseUrl, 'broken-demo');
    await preview.waitForHeading('Broken demo curriculum');
    await preview.waitForOverview();
    await trainer.banner.waitFor();
    assert.equal(preview.route(), '/c/broken-demo');

    // One edited file, dropped alone, replaces its namesake.
    await trainer.banner.getByRole('link', { name: 'Back to the checks' }).click();
    writeFileSync(join(dir, 'en/about.toml'), read('en/about.toml').replace('Broken demo curriculum', 'Mended demo curriculum'));
    await trainer.filesInput.setInputFiles(join(dir, 'en/about.toml'));
    await trainer.ok.waitFor();
    await trainer.languageLink('English').click();
    await preview.waitForHeading('Mended demo curriculum');

    // A zip of the folder (deflated), read with the browser's DecompressionStream.
    await trainer.banner.getByRole('link', { name: 'Back to the checks' }).click();
    const names = ['curriculum.toml', 'en/about.toml', 'en/basics.toml', 'en/basics/intro.md'];
    const zip = await makeZip(names.map((n) => ({
      name: `broken-demo/${n}`,
      bytes: Buffer.from(n === 'en/about.toml' ? read(n).replace('Mended', 'Zipped') : read(n)),
    })));
    await trainer.filesInput.setInputFiles({ name: 'broken-demo.zip', mimeType: 'application/zip', buffer: zip });
    await trainer.ok.waitFor();
    await trainer.page.getByText('Folder “broken-demo”: 4 files').waitFor();
    await trainer.languageLink('English').click();
    await preview.waitForHeading('Zipped demo curriculum');

    // Ending the preview: the site's own (broken) curriculum again.
    await trainer.banner.getByRole('button', { name: 'End the preview' }).click();
    await preview.diagnostics.root.waitFor();
    assert.equal(await trainer.banner.count(), 0);
    errors.assertNone();
  } finally {
    await context.close();
  }
});

test('a single file with nothing loaded asks for the folder', async () => {
  const { context, page, errors } = await app.open();
  try {
    const trainer = new TrainerPreviewPage(page, app.baseUrl);
    await trainer.goto();
    await trainer.filesInput.setInputFiles(join(dir, 'en/basics.toml'));
    await trainer.notes.waitFor();
    assert.match(await trainer.notes.textContent(), /basics\.toml: drop the curriculum's whole folder \(or a zip of it\) first/);
    errors.assertNone();
  } finally {
    await context.close();
  }
});
